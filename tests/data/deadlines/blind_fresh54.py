"""A FIFTY-FOURTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 22:01 by the machine's clock, by a
labelling helper (branch issue12l54-s36) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstring, comments and README section of `blind_fresh34.py`, and the parser package's
docstring only (for the parts of the day, the vague windows, the meteorological seasons, the
Monday-to-Sunday week and "a date without a year is its next occurrence"); nothing else of
`bot/core/deadlines/` was opened. The brief allowed any publisher but no one above a third of
the cases, at least eight publishers, several genres and at least half of the cases from
outside the United States: the Ministry of Foreign Affairs of Japan (press conferences), the
Prime Minister's Office of Japan (the Chief Cabinet Secretary's press conferences), the
Ministry of Defense of Japan (press conferences), the Australian Maritime Safety Authority
(media releases), the European Central Bank (a press conference statement and a press
release), the European Environment Agency (a press releases list), the Australian Transport
Safety Bureau (media alerts) and the President of Ukraine (a news item); every case comes from
outside the United States. As in the twenty-seventh to fifty-second sets, every sentence
quoted holds a time word of some kind (a date, a clock time, a day word, a period, a span, a
year in a name, "now", "currently", "still", "not yet", "already", "future", "when", "once",
"while", "before", "after", "during", "then", "ultimately", "the timing"); within each page,
every sentence of the opening that holds one was taken, in page order, easy or hard; the
sentences that hold none were skipped, as were bare headings, titles, date and time lines,
place lines, translation notes, section numbers, speakers' names and labels before a colon, a
media alert's labels ("Where:", "Time:"), a site's maintenance banner, contact lines and lines
cut off by the start or end of an opening. A point of a list was taken as its own case; no
word was changed (the page's double spaces and stray spaces kept), and quotation marks stay
as the page has them. The sentences were found with a search over stored copies of public
pages and taken as they came in the openings the search returns. See README.md ("Fifty-fourth
fresh blind set") for every address, publisher and licence. No address listed in README.md,
in a `#` header or README under `tests/data/`, in the sources of the other set files or in
the shared claims file was used: each was checked against those lists (the address and a
distinctive phrase of the page) and claimed (`fresh54`) in `/work/helper-brief/claims.txt`
before a quote was taken; pages already used (a Kantei press conference of 25 April 2017, a
MOFA press conference of 6 October 2023, VOA reports of 2005 and 2007, the FAA's general
statements page, three kremlin.ru items) were dropped. Each label was worked out by hand from
the words, the publication date and the publisher's zone; the conversion of local instants to
UTC wall time, the day counts and the weekday checks were done with Python's zoneinfo and
datetime in a scratch script outside the repository, never with code of the project. No run
of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these
texts before the labels were committed; the helpers improving the parser have not seen them.
See README.md for the count and the composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh34.py`: the publisher's zone (the Japanese ministries
and the Prime Minister's Office: Asia/Tokyo; the European Central Bank in Frankfurt:
Europe/Berlin; the European Environment Agency in Copenhagen: Europe/Copenhagen; the two
Australian agencies in Canberra: Australia/Sydney; the President of Ukraine: Europe/Kyiv); the
publication date at 10:00 local (a press conference's own clock time is not used, as in the
earlier sets); the list of press releases is read item by item, each at its own date; the
two ATSB alerts show their day in their own words ("today, Tuesday, 14 October 2008"); a day
falls due at 23:59:59 local (zoneinfo decides the offset); a clock time without a zone word
is in the publisher's zone; a range, a list or a window falls due at its later end; "next
week" is the Monday-to-Sunday week after the week of speaking; the afternoon ends at 18:00 and
the evening at 23:59:59 (the parser's docstring); vague words take the parser's documented
windows, counted from the day of speaking; a time that the sentence hangs on an undated event
or on a visit, meeting or conference another sentence dates ("During this visit", "At this
first meeting", "when you go to Okinawa", "after this", "once it has been fixed") is
`refusal='event'`, and where the page dates that event elsewhere the label is marked "unsure"
and names the instant; refusals have `due=None` and a `refusal` kind (past | event |
recurring | earliest | negated); a sentence whose time words set no time for any act (an
anniversary, a year in a name, "currently" or "now" on a present state, a question asking
"When", a span looking back such as "in 12 years") has `due=None` and no refusal word.
Labels marked "unsure" name the other reading; like every label here they stay as committed,
whatever the first run shows. First run: not yet taken (the lead runs it once, after merging,
and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_MOFA_28APR22 = "https://www.mofa.go.jp/press/kaiken/kaiken24e_000128.html"
_MOFA_9JUL21 = "https://www.mofa.go.jp/press/kaiken/kaiken22e_000026.html"
_MOFA_3SEP19 = "https://www.mofa.go.jp/press/kaiken/kaiken4e_000702.html"
_MOFA_24FEB17 = "https://www.mofa.go.jp/press/kaiken/kaiken4e_000343.html"
_MOFA_8DEC20 = "https://www.mofa.go.jp/press/kaiken/kaiken24e_000035.html"
_MOFA_29SEP20 = "https://www.mofa.go.jp/press/kaiken/kaiken4e_000849.html"
_ECB_6SEP12 = "http://www.ecb.int/press/pressconf/2012/html/is120906.en.html"
_ECB_12JAN04 = "https://www.ecb.europa.eu/press/pr/date/2004/html/pr040112_1.hr.html"
_EEA_NEWS_2024 = "https://www.eea.europa.eu/en/newsroom/news"
_KANTEI_8OCT20 = "https://japan.kantei.go.jp/tyoukanpress/202010/8_a.html"
_KANTEI_17MAR17 = "https://japan.kantei.go.jp/tyoukanpress/201703/17_a.html"
_KANTEI_27FEB17 = "http://japan.kantei.go.jp/tyoukanpress/201702/27_p.html"
_KANTEI_27JUL16 = "https://japan.kantei.go.jp/tyoukanpress/201607/27_p.html"
_AMSA_28JUL13 = (
    "https://www.amsa.gov.au/news-community/news-and-media-releases/response-sun-herald-article"
)
_AMSA_22JUN12 = "https://www.amsa.gov.au/news-community/news-and-media-releases/search-and-rescue-effort-continues"
_AMSA_30MAR14 = (
    "https://www.amsa.gov.au/news-community/news-and-media-releases/grave-concerns-fishing-vessel"
)
_AMSA_31MAR14 = "https://www.amsa.gov.au/news-community/news-and-media-releases/search-suspended-missing-fishing-vessel"
_UA_PRES_27MAY22 = "https://www.president.gov.ua/en/news/glava-derzhavi-proviv-naradu-z-chlenami-uryadu-ukrayini-75417"
_MOD_24AUG12 = "https://www.mod.go.jp/e/press/conference/2012/08/24.html"
_MOD_15AUG17 = "http://www.mod.go.jp/e/press/conference/2017/08/15.html"
_MOD_17JAN12 = "http://www.mod.go.jp/e/pressconf/2012/01/120117.html"
_ATSB_14OCT08 = "https://atsb.gov.au/media/2008/alert/2008_42"
_ATSB_9SEP09 = "http://www.atsb.gov.au/newsroom/2009/alert/2009_08/"

FRESH54_CASES: tuple[BlindCase, ...] = (
    # Ministry of Foreign Affairs of Japan, press conference by Foreign Minister Hayashi Yoshimasa (Thursday 28 April 2022, 6:09 p.m., provisional translation; the heading, the date line, the item headings and the speaker's name before the colon are not quoted): a visit 'From April 28 to May 2', a range, its later end (CONVENTIONS 6.1): 2 May 2022, end of day JST
    B(
        text="From April 28 to May 2, I will visit Kazakhstan and Uzbekistan in Central Asia, and then Mongolia.",
        due="2022-05-02 14:59:59",
        vague=False,
        said="2022-04-28 01:00:00",
        tz="Asia/Tokyo",
        cluster=3,
        source=_MOFA_28APR22,
        published="2022-04-28",
    ),
    # the same press conference: 'This year marks the 30th anniversary' names the year of an anniversary and sets no time for any act: no deadline
    B(
        text="This year marks the 30th anniversary of the establishment of diplomatic relations between Japan and Kazakhstan as well as between Japan and Uzbekistan.",
        due=None,
        vague=False,
        said="2022-04-28 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOFA_28APR22,
        published="2022-04-28",
    ),
    # the same press conference: 'in 12 years' measures the time since the last such visit, and the visit itself is dated by the sentence before, not here: no deadline; unsure: past (the span looks back)
    B(
        text="I will visit both countries as the first Japanese Minister for Foreign Affairs to do so in 12 years and meet with dignitaries.",
        due=None,
        vague=False,
        said="2022-04-28 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOFA_28APR22,
        published="2022-04-28",
    ),
    # the same press conference: 'this year marks the 50th anniversary' sets no time for any act: no deadline
    B(
        text="In addition, this year marks the 50th anniversary of the establishment of diplomatic relations between Japan and Mongolia.",
        due=None,
        vague=False,
        said="2022-04-28 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOFA_28APR22,
        published="2022-04-28",
    ),
    # Ministry of Foreign Affairs of Japan, press conference by Foreign Minister Motegi Toshimitsu (Friday 9 July 2021, 10:53 a.m.; the heading, the date line, the item headings and the speaker's name before the colon are not quoted): the visit 'next week', the Monday-to-Sunday week after the week of speaking: Sunday 18 July 2021, end of day JST; unsure: 21 July 2021 (the dates the next sentence gives)
    B(
        text="The first matter is my visit to Central America and the Caribbean next week.",
        due="2021-07-18 14:59:59",
        vague=False,
        said="2021-07-09 01:00:00",
        tz="Asia/Tokyo",
        cluster=4,
        source=_MOFA_9JUL21,
        published="2021-07-09",
    ),
    # the same press conference: a planned visit 'from July 15-21', a range of days, its later end (CONVENTIONS 6.1); 'If various circumstances permit' hedges but gives no other time: 21 July 2021, end of day JST
    B(
        text="If various circumstances permit, I plan to visit four countries in Central America and the Caribbean – Guatemala, Panama, Cuba, and Jamaica – from July 15-21.",
        due="2021-07-21 14:59:59",
        vague=False,
        said="2021-07-09 01:00:00",
        tz="Asia/Tokyo",
        cluster=3,
        source=_MOFA_9JUL21,
        published="2021-07-09",
    ),
    # the same press conference: 'This January' told as done: past
    B(
        text="This January, I made visits centered on the Latin American and the Caribbean (LAC) region, including Mexico.",
        due=None,
        vague=False,
        said="2021-07-09 01:00:00",
        tz="Asia/Tokyo",
        refusal="past",
        cluster=5,
        source=_MOFA_9JUL21,
        published="2021-07-09",
    ),
    # the same press conference: a count reached 'After this visit', an event this sentence does not date ('this year' is the year the count covers): event; unsure: 21 July 2021, end of day JST (the visit's end, dated two sentences before)
    B(
        text="After this visit, I will have visited a total of nine LAC countries this year, which I believe would be the highest ever for any Japanese Foreign Minister.",
        due=None,
        vague=False,
        said="2021-07-09 01:00:00",
        tz="Asia/Tokyo",
        refusal="event",
        cluster=5,
        source=_MOFA_9JUL21,
        published="2021-07-09",
    ),
    # the same press conference: 'During this visit' hangs the meetings on the visit, dated by another sentence: event; unsure: 21 July 2021, end of day JST
    B(
        text="During this visit, in addition to the meetings with the foreign ministers and leaders of the countries, I would like to strengthen relations with the entire region by holding Foreign Ministers’ Meetings, some of them online, with member states of organizations in Central America such as the Central American Integration System and the Caribbean Community (CARICOM).",
        due=None,
        vague=False,
        said="2021-07-09 01:00:00",
        tz="Asia/Tokyo",
        refusal="event",
        cluster=5,
        source=_MOFA_9JUL21,
        published="2021-07-09",
    ),
    # Ministry of Foreign Affairs of Japan, press conference by Foreign Minister Kono Taro (Tuesday 3 September 2019, 11:00 a.m.; the page's heading names Motegi, the words are Kono's; the heading, the date line, the item headings and the speakers' names before a colon are not quoted): a visit 'From tomorrow, September 4, to September 6', its later end (CONVENTIONS 6.1): 6 September 2019, end of day JST
    B(
        text="From tomorrow, September 4, to September 6, I plan to visit Vladivostok, Russia, accompanying Prime Minister Abe to attend the Eastern Economic Forum.",
        due="2019-09-06 14:59:59",
        vague=False,
        said="2019-09-03 01:00:00",
        tz="Asia/Tokyo",
        cluster=3,
        source=_MOFA_3SEP19,
        published="2019-09-03",
    ),
    # the same press conference, a reporter's question: a decision said to come 'after' judgments made at the General Assembly 'this month', an undated point of that session: event; unsure: no deadline (a question, no undertaking)
    B(
        text="What are your thoughts regarding the views that the final decision will be made after taking into account the judgments made by other countries at the United Nations General Assembly this month?",
        due=None,
        vague=False,
        said="2019-09-03 01:00:00",
        tz="Asia/Tokyo",
        refusal="event",
        cluster=5,
        source=_MOFA_3SEP19,
        published="2019-09-03",
    ),
    # the same press conference: 'while ascertaining the situation' sets no time: no deadline
    B(
        text="The Strait of Hormuz is an extremely important location for the energy security of Japan, and Japan is considering what necessary responses it should take, while ascertaining the situation.",
        due=None,
        vague=False,
        said="2019-09-03 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOFA_3SEP19,
        published="2019-09-03",
    ),
    # the same press conference: 'the timing' is declined, no time given: no deadline
    B(
        text="I would like to refrain from commenting based on speculation regarding the timing and other matters.",
        due=None,
        vague=False,
        said="2019-09-03 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOFA_3SEP19,
        published="2019-09-03",
    ),
    # the same press conference, a reporter's question: 'Currently' on a present state: no deadline
    B(
        text="Currently, suspicions involving the family of Mr. Cho Kuk, a close advisor of President Moon Jae-in, are emerging one after another, and ROK citizens are expressing stronger opposition against his appointment as Minister of Justice.",
        due=None,
        vague=False,
        said="2019-09-03 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOFA_3SEP19,
        published="2019-09-03",
    ),
    # Ministry of Foreign Affairs of Japan, press conference by Foreign Minister Kishida Fumio (Friday 24 February 2017, 8:46 a.m.; the heading, the date line, the item headings and the speakers' names before a colon are not quoted): a visit 'for two days, tomorrow and the day after', the later day: Sunday 26 February 2017, end of day JST
    B(
        text="I will visit Okinawa for two days, tomorrow and the day after.",
        due="2017-02-26 14:59:59",
        vague=False,
        said="2017-02-24 01:00:00",
        tz="Asia/Tokyo",
        cluster=6,
        source=_MOFA_24FEB17,
        published="2017-02-24",
    ),
    # the same press conference: 'the 20th anniversary' names what the reception marks; the reception's time is the visit of the sentence before: no deadline; unsure: 26 February 2017, end of day JST (event of the visit)
    B(
        text="In Okinawa, I will host a reception commemorating the 20th anniversary of the establishment of the Ministry of Foreign Affairs’ Okinawa Liaison Office and share views with people in Okinawa about promoting the attractiveness of Okinawa as part of the second round of the “Local to Global” Project.",
        due=None,
        vague=False,
        said="2017-02-24 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOFA_24FEB17,
        published="2017-02-24",
    ),
    # the same press conference: 'ultimately' sets no time: no deadline
    B(
        text="Japan intends to actively contribute to the discussions by this group, which includes both nuclear and non-nuclear states, with the hope that the discussions lead to the start of treaty negotiations and ultimately a world without nuclear weapons.”",
        due=None,
        vague=False,
        said="2017-02-24 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOFA_24FEB17,
        published="2017-02-24",
    ),
    # Ministry of Foreign Affairs of Japan, press conference by Foreign Minister Motegi Toshimitsu (Tuesday 8 December 2020, 10:47 a.m.; the heading, the date line, the item headings and the speakers' names before a colon are not quoted): away 'for one week starting from this afternoon', a window from the day of speaking that falls due at its end (CONVENTIONS 1.1): 15 December 2020, end of day JST
    B(
        text="I will be away to visit Africa for one week starting from this afternoon.",
        due="2020-12-15 14:59:59",
        vague=False,
        said="2020-12-08 01:00:00",
        tz="Asia/Tokyo",
        cluster=6,
        source=_MOFA_8DEC20,
        published="2020-12-08",
    ),
    # the same press conference, a reporter's words: leaving 'after this', the press conference under way: event; unsure: 8 December 2020, end of day JST (the minister leaves 'this afternoon')
    B(
        text="You will leave to visit Africa after this.",
        due=None,
        vague=False,
        said="2020-12-08 01:00:00",
        tz="Asia/Tokyo",
        refusal="event",
        cluster=5,
        source=_MOFA_8DEC20,
        published="2020-12-08",
    ),
    # the same question: visits 'thus far' and the visit 'this time' (dated elsewhere) set no time here: no deadline
    B(
        text="Please tell us the overall strategy and objectives of your overseas visits to Southeast Asia and Europe thus far and your visit to Africa this time.",
        due=None,
        vague=False,
        said="2020-12-08 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOFA_8DEC20,
        published="2020-12-08",
    ),
    # the same press conference: 'Today' on a present state: no deadline
    B(
        text="Today your question is not a three-dimensional equation, so I believe I can probably answer your question.",
        due=None,
        vague=False,
        said="2020-12-08 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOFA_8DEC20,
        published="2020-12-08",
    ),
    # the same press conference: 'The timing ... are decided ... while looking' describes a practice and sets no time: no deadline
    B(
        text="The timing and destinations for my overseas visits are decided comprehensively while looking at the international situation, the novel coronavirus conditions in various countries, and other matters.",
        due=None,
        vague=False,
        said="2020-12-08 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOFA_8DEC20,
        published="2020-12-08",
    ),
    # the same press conference: 'limitations on time' and 'more time' are amounts, no time for any act: no deadline
    B(
        text="Firstly, even amidst the novel coronavirus crisis, unlike video teleconferences and telephone talks which have limitations on time, visiting the partner country and having in-person meetings enables in-depth exchanges of views with more time.",
        due=None,
        vague=False,
        said="2020-12-08 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOFA_8DEC20,
        published="2020-12-08",
    ),
    # the same press conference: visits made 'since August' (the perfect): past
    B(
        text="Based on that way of thinking, beginning with the United Kingdom, I have visited Europe, Southeast Asia, the Middle East, and other areas since August.",
        due=None,
        vague=False,
        said="2020-12-08 01:00:00",
        tz="Asia/Tokyo",
        refusal="past",
        cluster=5,
        source=_MOFA_8DEC20,
        published="2020-12-08",
    ),
    # Ministry of Foreign Affairs of Japan, press conference by Foreign Minister Motegi Toshimitsu (Tuesday 29 September 2020, 11:53 a.m.; the heading, the date line, the item headings and the speaker's name before the colon are not quoted): 'my upcoming diplomacy schedule' gives no time: no deadline
    B(
        text="I would firstly like to report on two matters concerning my upcoming diplomacy schedule.",
        due=None,
        vague=False,
        said="2020-09-29 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOFA_29SEP20,
        published="2020-09-29",
    ),
    # the same press conference: visits 'from today until Sunday, October 4', the later end (CONVENTIONS 6.1): 4 October 2020, end of day JST
    B(
        text="Firstly, I will visit Portugal, France, and Saudi Arabia from today until Sunday, October 4.",
        due="2020-10-04 14:59:59",
        vague=False,
        said="2020-09-29 01:00:00",
        tz="Asia/Tokyo",
        cluster=3,
        source=_MOFA_29SEP20,
        published="2020-09-29",
    ),
    # the same press conference: 'since the inauguration' looks back; the visits are dated by the sentence before: no deadline; unsure: 4 October 2020, end of day JST
    B(
        text="These will be my first overseas visits since the inauguration of Prime Minister Suga.",
        due=None,
        vague=False,
        said="2020-09-29 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOFA_29SEP20,
        published="2020-09-29",
    ),
    # the same press conference: talks held 'through now' (the perfect): past
    B(
        text="I have held many telephone talks with countries in Europe and the Middle East through now.",
        due=None,
        vague=False,
        said="2020-09-29 01:00:00",
        tz="Asia/Tokyo",
        refusal="past",
        cluster=5,
        source=_MOFA_29SEP20,
        published="2020-09-29",
    ),
    # the same press conference: 'now' on a present state: no deadline
    B(
        text="Active visits by dignitaries are resuming now in the international community.",
        due=None,
        vague=False,
        said="2020-09-29 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOFA_29SEP20,
        published="2020-09-29",
    ),
    # the same press conference: 'this year' names Saudi Arabia's G20 presidency and 'post-novel coronavirus' a world to come; the meetings' time is the visit dated before: no deadline
    B(
        text="I plan to have in-person meetings and in-depth discussions in European countries and Saudi Arabia, the G20 President this year, in order to consider the post-novel coronavirus world.",
        due=None,
        vague=False,
        said="2020-09-29 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOFA_29SEP20,
        published="2020-09-29",
    ),
    # the same press conference: 'for the first half of 2021' is the term of Portugal's EU presidency in a relative clause, not the time of the exchanges (the visit dated before): no deadline; unsure: 30 June 2021, end of day JST
    B(
        text="Specifically, in Europe, which shares fundamental values with Japan, I plan to hold exchanges of views with the foreign ministers of France, our G7 partner, and Portugal, which will serve as the EU President for the first half of 2021, regarding cooperation toward realizing a “Free and Open Indo-Pacific,” cooperation on novel coronavirus policies, and about urgent regional situations faced by the international community.",
        due=None,
        vague=False,
        said="2020-09-29 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOFA_29SEP20,
        published="2020-09-29",
    ),
    # the same press conference: 'for many years' looks back; the exchange's time is the visit dated before: no deadline
    B(
        text="In addition, in France, I will hold an exchange of views with Director-General Azoulay of UNESCO, which has its headquarters in Paris, regarding the fields of education, culture, and science that Japan has actively contributed to for many years, and convey Japan’s views.",
        due=None,
        vague=False,
        said="2020-09-29 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOFA_29SEP20,
        published="2020-09-29",
    ),
    # the same press conference: 'last year' is past and 'the G20 Summit in November 2020' is the summit the cooperation aims at, not the time of confirming it (the visit dated before): no deadline; unsure: 30 November 2020, end of day JST
    B(
        text="Furthermore, regarding Saudi Arabia, as Japan was the G20 President last year, I plan to confirm cooperation between Japan and Saudi Arabia toward the success of the G20 Summit in November 2020.",
        due=None,
        vague=False,
        said="2020-09-29 01:00:00",
        tz="Asia/Tokyo",
        cluster=3,
        source=_MOFA_29SEP20,
        published="2020-09-29",
    ),
    # European Central Bank, introductory statement to the press conference by President Mario Draghi (Frankfurt am Main, Thursday 6 September 2012; the heading, the speakers' line and the greeting are not quoted): 'We will now report' on 'today's meeting', the report made as it is spoken (CONVENTIONS 2.1 by analogy): 6 September 2012, end of day CEST; unsure: no deadline ('now' as a word of the talk, the meeting past)
    B(
        text="We will now report on the outcome of today’s meeting of the Governing Council, which was also attended by the President of the Eurogroup, Prime Minister Juncker, and by the Commission Vice-President, Mr Rehn.",
        due="2012-09-06 21:59:59",
        vague=False,
        said="2012-09-06 08:00:00",
        tz="Europe/Berlin",
        cluster=6,
        source=_ECB_6SEP12,
        published="2012-09-06",
    ),
    # the same statement: inflation expected to stay above 2% 'throughout 2012', to fall below it 'in the course of next year', stages given in turn, the later counts (CONVENTIONS 6.2): 31 December 2013, end of day CET; unsure: 31 December 2012 (the first stage)
    B(
        text="Owing to high energy prices and increases in indirect taxes in some euro area countries, inflation rates are expected to remain above 2% throughout 2012, to fall below that level again in the course of next year and to remain in line with price stability over the policy-relevant horizon.",
        due="2013-12-31 22:59:59",
        vague=False,
        said="2012-09-06 08:00:00",
        tz="Europe/Berlin",
        precision="year",
        cluster=4,
        source=_ECB_6SEP12,
        published="2012-09-06",
    ),
    # the same statement: an aim 'over the medium term' with no end: no deadline
    B(
        text="Inflation expectations for the euro area economy continue to be firmly anchored in line with our aim of maintaining inflation rates below, but close to, 2% over the medium term.",
        due=None,
        vague=False,
        said="2012-09-06 08:00:00",
        tz="Europe/Berlin",
        cluster=1,
        source=_ECB_6SEP12,
        published="2012-09-06",
    ),
    # the same statement: the Governing Council 'today decided', an act done: past
    B(
        text="It is against this background that the Governing Council today decided on the modalities for undertaking Outright Monetary Transactions (OMTs) in secondary markets for sovereign bonds in the euro area.",
        due=None,
        vague=False,
        said="2012-09-06 08:00:00",
        tz="Europe/Berlin",
        refusal="past",
        cluster=5,
        source=_ECB_6SEP12,
        published="2012-09-06",
    ),
    # European Central Bank, press release 'Phasing-in of the changes to the Eurosystem’s operational framework for monetary policy in early 2004' (12 January 2004, English text on the Croatian page; the title and the date line are not quoted): changes 'implemented in the first quarter of 2004': 31 March 2004, end of day CEST
    B(
        text="A series of changes to the Eurosystem’s operational framework for monetary policy will be implemented in the first quarter of 2004, all of which have already been announced in the course of 2003.",
        due="2004-03-31 21:59:59",
        vague=False,
        said="2004-01-12 09:00:00",
        tz="Europe/Berlin",
        precision="quarter",
        cluster=4,
        source=_ECB_12JAN04,
        published="2004-01-12",
    ),
    # the same release, a point of the list: a maintenance period that will 'always start' on a day set by each meeting, a standing rule: recurring
    B(
        text="the definition of the maintenance period for minimum reserves (which will always start on the settlement day of the main refinancing operation (MRO) following the Governing Council meeting at which the monthly assessment of the monetary policy stance is pre-scheduled);",
        due=None,
        vague=False,
        said="2004-01-12 09:00:00",
        tz="Europe/Berlin",
        refusal="recurring",
        cluster=5,
        source=_ECB_12JAN04,
        published="2004-01-12",
    ),
    # the same list: rate changes 'as a rule' on 'the first day of the new maintenance period': recurring
    B(
        text="the standing facilities (changes in the standing facility rates will, as a rule, be implemented on the first day of the new maintenance period);",
        due=None,
        vague=False,
        said="2004-01-12 09:00:00",
        tz="Europe/Berlin",
        refusal="recurring",
        cluster=5,
        source=_ECB_12JAN04,
        published="2004-01-12",
    ),
    # the same list: 'from two weeks to one week' are lengths of an operation, no span from now: no deadline
    B(
        text="the maturity of the MROs (shortened from two weeks to one week);",
        due=None,
        vague=False,
        said="2004-01-12 09:00:00",
        tz="Europe/Berlin",
        cluster=1,
        source=_ECB_12JAN04,
        published="2004-01-12",
    ),
    # the same list: allotted 'on the last Wednesday of each calendar month': recurring
    B(
        text="the execution date for the longer-term refinancing operations (LTROs will be allotted on the last Wednesday of each calendar month);",
        due=None,
        vague=False,
        said="2004-01-12 09:00:00",
        tz="Europe/Berlin",
        refusal="recurring",
        cluster=5,
        source=_ECB_12JAN04,
        published="2004-01-12",
    ),
    # the same release (the sentence has no full stop on the page; the opening ends in the next, cut-off sentence, which is not quoted): a framework that 'would enter into force on 8 March 2004', decided in the past for a day still ahead (CONVENTIONS 3.1): 8 March 2004, end of day CET
    B(
        text="With the adoption on 1 December 2003 of Guideline ECB/2003/16 amending Guideline ECB/2000/7 on monetary policy instruments and procedures of the Eurosystem, the Governing Council of the European Central Bank (ECB) decided that the revised framework would enter into force on 8 March 2004",
        due="2004-03-08 22:59:59",
        vague=False,
        said="2004-01-12 09:00:00",
        tz="Europe/Berlin",
        cluster=3,
        source=_ECB_12JAN04,
        published="2004-01-12",
    ),
    # European Environment Agency, press releases list (each item carries its own date and is read at that date; the page text above the list, the titles and the last cut-off item are not quoted): the item of Monday 30 September 2024, 'a ... report published today', a report already out: past
    B(
        text="Construction, use and demolition of buildings causes major environment and climate pressures but smart renovations that focus on efficient use of energy and resources can help Europe increase the sustainability of its housing sector, according to a European Environment Agency (EEA) report published today.",
        due=None,
        vague=False,
        said="2024-09-30 08:00:00",
        tz="Europe/Copenhagen",
        refusal="past",
        cluster=5,
        source=_EEA_NEWS_2024,
        published="2024-09-30",
    ),
    # the same list, the item of Tuesday 17 September 2024: a briefing 'published today': past
    B(
        text="Reducing the use of PFAS — known as forever chemicals — in clothing, furniture and other textile products, is important to increase recyclability and the transition to a more circular economy according to a European Environment Agency (EEA) briefing, published today.",
        due=None,
        vague=False,
        said="2024-09-17 08:00:00",
        tz="Europe/Copenhagen",
        refusal="past",
        cluster=5,
        source=_EEA_NEWS_2024,
        published="2024-09-17",
    ),
    # the same list, the item of Monday 16 September 2024: 'Today, 16 September, is World Ozone Day' names the day, no act: no deadline
    B(
        text="Today, 16 September, is World Ozone Day to mark the Montreal Protocol to phase out environmentally harmful ozone-depleting substances (ODS).",
        due=None,
        vague=False,
        said="2024-09-16 08:00:00",
        tz="Europe/Copenhagen",
        cluster=1,
        source=_EEA_NEWS_2024,
        published="2024-09-16",
    ),
    # the same item: a decline 'from 1986 to 2023' (the perfect): past
    B(
        text="The consumption of ODS covered by the Montreal Protocol has declined in the EU and worldwide by about 99% from 1986 to 2023.",
        due=None,
        vague=False,
        said="2024-09-16 08:00:00",
        tz="Europe/Copenhagen",
        refusal="past",
        cluster=5,
        source=_EEA_NEWS_2024,
        published="2024-09-16",
    ),
    # the same item: 'not yet' on a present state: no deadline
    B(
        text="The remaining 1% reflects some industrial processes, firefighting, laboratory and analytical uses where alternatives are not yet widely available.",
        due=None,
        vague=False,
        said="2024-09-16 08:00:00",
        tz="Europe/Copenhagen",
        cluster=1,
        source=_EEA_NEWS_2024,
        published="2024-09-16",
    ),
    # the same list, the item of Thursday 29 August 2024: 'Published today', the viewer already out: past
    B(
        text="Published today, European Environment Agency’s (EEA) updated European city air quality viewer shows that people in Uppsala and Umeå, Sweden, and Faro, Portugal, can enjoy the cleanest city air in Europe.",
        due=None,
        vague=False,
        said="2024-08-29 08:00:00",
        tz="Europe/Copenhagen",
        refusal="past",
        cluster=5,
        source=_EEA_NEWS_2024,
        published="2024-08-29",
    ),
    # Prime Minister's Office of Japan, press conference by the Chief Cabinet Secretary, Thursday 8 October 2020 (AM), excerpt, provisional translation (the breadcrumb, the headings, the video line and the speakers' names before a colon are not quoted), a reporter's question: a press conference held 'on October 7', the day before: past
    B(
        text="President Bach of the International Olympic Committee (IOC) held a press conference after the Executive Board meeting on October 7.",
        due=None,
        vague=False,
        said="2020-10-08 01:00:00",
        tz="Asia/Tokyo",
        refusal="past",
        cluster=5,
        source=_KANTEI_8OCT20,
        published="2020-10-08",
    ),
    # the same question: 'Tokyo 2020' is in a committee's name, and the verbs tell what was said: no deadline
    B(
        text="With regard to the Tokyo Games, he praised the 52 measures proposed by the Tokyo 2020 Organizing Committee to simplify the Games, and stated that the IOC is working on the basis that there will be international spectators.",
        due=None,
        vague=False,
        said="2020-10-08 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_KANTEI_8OCT20,
        published="2020-10-08",
    ),
    # the same question: a parade 'during the opening ceremony', an event the sentence does not date: event
    B(
        text="He also expressed the view that there will be the parade of nations during the opening ceremony similar to previous Games.",
        due=None,
        vague=False,
        said="2020-10-08 01:00:00",
        tz="Asia/Tokyo",
        refusal="event",
        cluster=5,
        source=_KANTEI_8OCT20,
        published="2020-10-08",
    ),
    # the same press conference, the Chief Cabinet Secretary's answer: a meeting 'held on October 7': past
    B(
        text="The Government is aware from media reports that an IOC Executive Board meeting was held on October 7 and that President Bach made statements at the subsequent press conference in line with the points you just mentioned.",
        due=None,
        vague=False,
        said="2020-10-08 01:00:00",
        tz="Asia/Tokyo",
        refusal="past",
        cluster=5,
        source=_KANTEI_8OCT20,
        published="2020-10-08",
    ),
    # the same answer: meetings held 'Since September' with a view to an interim arrangement 'by the end of the year', the aim still ahead: 31 December 2020, end of day JST; unsure: past (the clause is told in the perfect)
    B(
        text="Since September, meetings have been held among the national government, the Tokyo Metropolitan Government (TMG), and the Organising Committee to discuss novel coronavirus disease (COVID-19) countermeasures for the Tokyo Games with a view to reaching an interim arrangement by the end of the year.",
        due="2020-12-31 14:59:59",
        vague=False,
        said="2020-10-08 01:00:00",
        tz="Asia/Tokyo",
        precision="year",
        cluster=4,
        source=_KANTEI_8OCT20,
        published="2020-10-08",
    ),
    # Prime Minister's Office of Japan, press conference by the Chief Cabinet Secretary, Friday 17 March 2017 (AM), excerpt, provisional translation (the breadcrumb, the headings and the video line are not quoted): a visit 'from March 19 to 22', its later end (CONVENTIONS 6.1): 22 March 2017, end of day JST
    B(
        text="Prime Minister Abe is scheduled to visit Germany, France, the European Union (EU) and Italy from March 19 to 22.",
        due="2017-03-22 14:59:59",
        vague=False,
        said="2017-03-17 01:00:00",
        tz="Asia/Tokyo",
        cluster=3,
        source=_KANTEI_17MAR17,
        published="2017-03-17",
    ),
    # the same statement: an exchange 'ahead of this year's G7 Summit, which will be held ... in May', read as before May (CONVENTIONS 3.5): 30 April 2017, end of day JST; unsure: 22 March 2017 (the exchange takes place on the visit dated in the sentence before)
    B(
        text="As the previous Chair of the G7 summit Prime Minister Abe is also scheduled to engage in an exchange of opinions with leaders ahead of this year's G7 Summit, which will be held in Taormina, Italy in May.",
        due="2017-04-30 14:59:59",
        vague=False,
        said="2017-03-17 01:00:00",
        tz="Asia/Tokyo",
        cluster=4,
        source=_KANTEI_17MAR17,
        published="2017-03-17",
    ),
    # the same statement: 'during the Prime Minister's visit to Germany', a part of the visit dated before: event; unsure: 22 March 2017, end of day JST
    B(
        text="In addition, during the Prime Minister's visit to Germany, at the invitation of Chancellor Merkel of Germany, the Prime Minister is scheduled to attend the world's largest information and telecommunications trade fair , which is being held in Hannover.",
        due=None,
        vague=False,
        said="2017-03-17 01:00:00",
        tz="Asia/Tokyo",
        refusal="event",
        cluster=5,
        source=_KANTEI_17MAR17,
        published="2017-03-17",
    ),
    # the same statement (the page's double spaces kept): an order 'approved' today for the establishment of a headquarters 'on March 24', a one-off act still ahead (CONVENTIONS 3.1); 'at the end of last year' is past: 24 March 2017, end of day JST; unsure: past (the sentence tells the approval)
    B(
        text="Today a Cabinet order was approved pertaining to the establishment of the Integrated Resort Promotion Headquarters  on March 24, which is stipulated in the Law on the Promotion of Integrated Resorts  that was passed at the end of last year with regard to so-called integrated resorts.",
        due="2017-03-24 14:59:59",
        vague=False,
        said="2017-03-17 01:00:00",
        tz="Asia/Tokyo",
        cluster=3,
        source=_KANTEI_17MAR17,
        published="2017-03-17",
    ),
    # the same statement: a first meeting 'as soon as it is ready' (CONVENTIONS 5.2): event
    B(
        text="The first meeting of the Promotion Headquarters will be held as soon as it is ready.",
        due=None,
        vague=False,
        said="2017-03-17 01:00:00",
        tz="Asia/Tokyo",
        refusal="event",
        cluster=5,
        source=_KANTEI_17MAR17,
        published="2017-03-17",
    ),
    # Prime Minister's Office of Japan, press conference by the Chief Cabinet Secretary, Monday 27 February 2017 (PM), excerpt, provisional translation (the breadcrumb, the headings, the video line and the speakers' names before a colon are not quoted), a reporter's question: a budget adopted 'Today': past
    B(
        text="Today the draft budget for fiscal 2017 was adopted by the Budget Committee of the House of Representatives and approved by a majority of both the Liberal Democratic Party (LDP) and New Komeito.",
        due=None,
        vague=False,
        said="2017-02-27 01:00:00",
        tz="Asia/Tokyo",
        refusal="past",
        cluster=5,
        source=_KANTEI_27FEB17,
        published="2017-02-27",
    ),
    # the same question: passed at an undated plenary session and 'then' submitted: event
    B(
        text="In the plenary session of the House of Representatives it is expected that the draft budget will be passed by a majority of the LDP and New Komeito and then be submitted to the House of Councillors.",
        due=None,
        vague=False,
        said="2017-02-27 01:00:00",
        tz="Asia/Tokyo",
        refusal="event",
        cluster=5,
        source=_KANTEI_27FEB17,
        published="2017-02-27",
    ),
    # the same question: deliberation 'due to begin tomorrow', an activity given only its start (CONVENTIONS 3.2): earliest, Tuesday 28 February 2017, 00:00 JST
    B(
        text="Deliberation of the draft budget in the House of Councillors is due to begin tomorrow, so can I ask what kind of discussions the Government expects will take place?",
        due=None,
        vague=False,
        said="2017-02-27 01:00:00",
        tz="Asia/Tokyo",
        refusal="earliest",
        earliest="2017-02-27 15:00:00",
        cluster=5,
        source=_KANTEI_27FEB17,
        published="2017-02-27",
    ),
    # the same press conference, the Deputy Chief Cabinet Secretary's answer: 'fiscal 2017' names the budget and 'the future' sets no time: no deadline
    B(
        text="The draft budget for fiscal 2017 incorporates measures aimed at pioneering the future, including those for the realization of a society with the dynamic engagement of all citizens, such as improvements to employment conditions for childcare and nursing care providers and the establishment of a scholarship system, and those directly related to economic vitalization, such as enhancement of funding for science and technology promotion and prioritization of growth sectors in public works-related projects.",
        due=None,
        vague=False,
        said="2017-02-27 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_KANTEI_27FEB17,
        published="2017-02-27",
    ),
    # the same answer: passage 'before the end of the current fiscal year' is the subject of a comment declined, no undertaking; 'as I speak' is now: no deadline; unsure: 31 March 2017, end of day JST (the Japanese fiscal year's end)
    B(
        text="With regard to the passage of the budget before the end of the current fiscal year, as it has yet to be approved by the plenary session of the House of Representatives, which is in session as I speak, I would like to refrain from making any comment.",
        due=None,
        vague=False,
        said="2017-02-27 01:00:00",
        tz="Asia/Tokyo",
        cluster=4,
        source=_KANTEI_27FEB17,
        published="2017-02-27",
    ),
    # the same answer: 'early passage of next fiscal year's budget', a wish with no date ('next fiscal year' names the budget): no deadline
    B(
        text="However, the Government considers that the early passage of next fiscal year’s budget is truly the greatest economic measure .",
        due=None,
        vague=False,
        said="2017-02-27 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_KANTEI_27FEB17,
        published="2017-02-27",
    ),
    # Prime Minister's Office of Japan, press conference by the Chief Cabinet Secretary, Wednesday 27 July 2016 (PM), excerpt, provisional translation (the breadcrumb, the headings, the video line and the speakers' names before a colon are not quoted), a reporter's question: 'Today' is on the verb of speaking (CONVENTIONS 2.2); the package is to be compiled 'next week', the Monday-to-Sunday week after: Sunday 7 August 2016, end of day JST
    B(
        text="Today, Prime Minister Abe indicated that next week he would compile an economic package of over 28 trillion yen including 13 trillion yen in fiscal measures.",
        due="2016-08-07 14:59:59",
        vague=False,
        said="2016-07-27 01:00:00",
        tz="Asia/Tokyo",
        cluster=4,
        source=_KANTEI_27JUL16,
        published="2016-07-27",
    ),
    # the same press conference, the Chief Cabinet Secretary's answer: 'Since the elections' (the perfect): past
    B(
        text="Since the elections, the Prime Minister has stated that he would establish comprehensive and bold economic measures.",
        due=None,
        vague=False,
        said="2016-07-27 01:00:00",
        tz="Asia/Tokyo",
        refusal="past",
        cluster=5,
        source=_KANTEI_27JUL16,
        published="2016-07-27",
    ),
    # the same answer: 'now' on a present state: no deadline
    B(
        text="It is from this perspective that the economic package is now being considered.",
        due=None,
        vague=False,
        said="2016-07-27 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_KANTEI_27JUL16,
        published="2016-07-27",
    ),
    # the same press conference, a reporter's words: a foundation 'launched on July 28', the next day (CONVENTIONS 3.1): 28 July 2016, end of day JST
    B(
        text="The foundation will be launched on July 28, and Japan will be contributing funds to the foundation.",
        due="2016-07-28 14:59:59",
        vague=False,
        said="2016-07-27 01:00:00",
        tz="Asia/Tokyo",
        cluster=6,
        source=_KANTEI_27JUL16,
        published="2016-07-27",
    ),
    # Australian Maritime Safety Authority, media release 'Response to Sun Herald article' (Sunday 28 July 2013; the site's maintenance banner, the title, the date line and the label 'Media Release' are not quoted): 'today's Sun-Herald' names the paper's issue, no act: no deadline
    B(
        text="The story in today’s Sun-Herald Agency Waited for Boat Debris Before Search (page 4) and other Fairfax newspapers misrepresent facts provided to Fairfax media under Freedom of Information laws.",
        due=None,
        vague=False,
        said="2013-07-28 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AMSA_28JUL13,
        published="2013-07-28",
    ),
    # the same release: a search begun 'on 6 June': past
    B(
        text="Australian authorities commenced an extensive search for a missing vessel north west of Christmas Island on 6 June before any debris was found.",
        due=None,
        vague=False,
        said="2013-07-28 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AMSA_28JUL13,
        published="2013-07-28",
    ),
    # the same release, a point of the list: a search 'from 6-9 June' told as done: past
    B(
        text="Australian authorities conducted an extensive search for a missing vessel and then for survivors from 6-9 June involving up to three vessels and five aircraft;",
        due=None,
        vague=False,
        said="2013-07-28 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AMSA_28JUL13,
        published="2013-07-28",
    ),
    # the same list: advice given 'On 6 June' to look 'during the day': past
    B(
        text="On 6 June Border Protection Command (BPC) advised AMSA that a previously sighted vessel was unable to be relocated and they would look for it during the day;",
        due=None,
        vague=False,
        said="2013-07-28 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AMSA_28JUL13,
        published="2013-07-28",
    ),
    # the same list: a decision made 'on 6 June' on coordination 'overnight': past
    B(
        text="An operational decision was made following consultation between BPC, Defence and AMSA on 6 June that Defence assets were best placed to retain coordination of this incident overnight.",
        due=None,
        vague=False,
        said="2013-07-28 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AMSA_28JUL13,
        published="2013-07-28",
    ),
    # the same point: 'already' in a sentence told in the past: past
    B(
        text="Defence had naval assets in the area already attempting to relocate the vessel;",
        due=None,
        vague=False,
        said="2013-07-28 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AMSA_28JUL13,
        published="2013-07-28",
    ),
    # the same list: coordination assumed 'at first light ... on Friday 7 June': past
    B(
        text="AMSA provided search area planning, drift modelling and search activity advice to Defence and then assumed coordination at first light Christmas Island time on Friday 7 June;",
        due=None,
        vague=False,
        said="2013-07-28 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AMSA_28JUL13,
        published="2013-07-28",
    ),
    # the same list: debris sighted 'at 3pm on Friday', the Friday before (7 June): past
    B(
        text="Debris was sighted at 3pm on Friday around 65 nautical miles West North West of Christmas Island;",
        due=None,
        vague=False,
        said="2013-07-28 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AMSA_28JUL13,
        published="2013-07-28",
    ),
    # the same list: a search that 'continued until last light ... on 9 June': past
    B(
        text="A search for survivors continued until last light Christmas Island time on 9 June.",
        due=None,
        vague=False,
        said="2013-07-28 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AMSA_28JUL13,
        published="2013-07-28",
    ),
    # the same release: 'At no stage' in a sentence told in the past: past
    B(
        text="At no stage did the vessel contact AMSA or any other government agency and AMSA had no specific information about its location.",
        due=None,
        vague=False,
        said="2013-07-28 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AMSA_28JUL13,
        published="2013-07-28",
    ),
    # the same release: coordination 'overnight 6-7 June', a past night in a counterfactual: past
    B(
        text="Regardless of who had coordination overnight 6-7 June the same ships and aircraft would have been used in the same search area.",
        due=None,
        vague=False,
        said="2013-07-28 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AMSA_28JUL13,
        published="2013-07-28",
    ),
    # Australian Maritime Safety Authority, media release 'Search and rescue effort continues' (Friday 22 June 2012; the title, the date line and the label 'Media Release' are not quoted): the search continued 'on Friday afternoon and into the evening', the day of the release, the evening ending at 23:59:59 (the parser's docstring): 22 June 2012, end of day AEST
    B(
        text="The Australian Maritime Safety Authority will continue the search and rescue effort on Friday afternoon and into the evening, following the recovery of 110 survivors from a capsized vessel 120 nautical miles south of Java, Indonesia.",
        due="2012-06-22 13:59:59",
        vague=False,
        said="2012-06-22 00:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_AMSA_22JUN12,
        published="2012-06-22",
    ),
    # the same release: 'Friday morning's ... operation has not recovered' (the perfect): past
    B(
        text="Friday morning’s extensive search operation has not recovered any survivors, however AMSA is confident the search area is accurate and there has been a number of sightings of non-survivors’ bodies, debris and the vessel’s hull movement is consistent with drift modelling.",
        due=None,
        vague=False,
        said="2012-06-22 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AMSA_22JUN12,
        published="2012-06-22",
    ),
    # the same release: the other ship 'will then transit', after a relief not dated: event
    B(
        text="HMAS Wollongong is returning to the scene and will relieve HMAS Larrakia who will then transit to Christmas Island to offload its survivors.",
        due=None,
        vague=False,
        said="2012-06-22 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AMSA_22JUN12,
        published="2012-06-22",
    ),
    # the same release: searching 'throughout the evening', this evening: 22 June 2012, end of day AEST
    B(
        text="Continuing the search effort throughout the evening will be AMSA’s Dornier, Australian Defence Force P3 Orion, a civilian aircraft as well as HMAS Wollongong.",
        due="2012-06-22 13:59:59",
        vague=False,
        said="2012-06-22 00:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_AMSA_22JUN12,
        published="2012-06-22",
    ),
    # the same release: searching 'through to Saturday afternoon', the afternoon ending at 18:00 (the parser's docstring): Saturday 23 June 2012, 18:00 AEST
    B(
        text="Intentions are to continue searching through to Saturday afternoon, when plans will be reassessed.",
        due="2012-06-23 08:00:00",
        vague=False,
        said="2012-06-22 00:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_AMSA_22JUN12,
        published="2012-06-22",
    ),
    # the same release: 'still' on a present state: no deadline
    B(
        text="Information on the condition of the vessel and the cause of the incident is still unknown.",
        due=None,
        vague=False,
        said="2012-06-22 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AMSA_22JUN12,
        published="2012-06-22",
    ),
    # Australian Maritime Safety Authority, media release 'Grave concerns for fishing vessel' (Sunday 30 March 2014; the title, the date line and the label 'Media Release' are not quoted): a signal detected 'Early on Sunday 30 March', the day of the release: past
    B(
        text="Early on Sunday 30 March, AMSA detected the emergency beacon signal in the Southern Indian Ocean near Antarctica around 3,241 km southwest of Perth and 648 km north of the Antarctic mainland in the Australian Search and Rescue Region.",
        due=None,
        vague=False,
        said="2014-03-29 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AMSA_30MAR14,
        published="2014-03-30",
    ),
    # the same release: the search 'will continue tomorrow', hedged by the weather but given a day: Monday 31 March 2014, end of day AEDT
    B(
        text="Subject to weather conditions, the search will continue tomorrow.",
        due="2014-03-31 12:59:59",
        vague=False,
        said="2014-03-29 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_AMSA_30MAR14,
        published="2014-03-30",
    ),
    # Australian Maritime Safety Authority, media release 'Search suspended for missing fishing vessel' (Monday 31 March 2014; the title, the date line and the label 'Media Release' are not quoted): a search 'has suspended' (the perfect), 'current' on the weather: past
    B(
        text="AMSA’s Rescue Coordination Centre (RCC Australia) has suspended the search for a 75 metre fishing support vessel based on expert medical advice indicating that in the current weather conditions there is no prospect of survival.",
        due=None,
        vague=False,
        said="2014-03-30 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AMSA_31MAR14,
        published="2014-03-31",
    ),
    # the same release: 'Early on Sunday 30 March', the day before: past
    B(
        text="Early on Sunday 30 March, AMSA detected the emergency beacon signal in the Southern Indian Ocean near Antarctica about 3,200 km southwest of Perth and 648 km north of the Antarctic mainland in the Australian Search and Rescue Region.",
        due=None,
        vague=False,
        said="2014-03-30 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AMSA_31MAR14,
        published="2014-03-31",
    ),
    # the same release: a broadcast that 'remains current', a present state: no deadline
    B(
        text="The broadcast to shipping remains current, however the nearest vessel that AMSA is able to communicate with is over 1,800 kilometres away.",
        due=None,
        vague=False,
        said="2014-03-30 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AMSA_31MAR14,
        published="2014-03-31",
    ),
    # the same release: 'Yesterday': past
    B(
        text="Yesterday, AMSA tasked a civil jet and a RAAF P3 Orion to locate the vessel.",
        due=None,
        vague=False,
        said="2014-03-30 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AMSA_31MAR14,
        published="2014-03-31",
    ),
    # the same release, a point of a list: 'at around the time the emergency beacon was detected': past
    B(
        text="Or the vessel foundered and all crew entered the water at around the time the emergency beacon was detected.",
        due=None,
        vague=False,
        said="2014-03-30 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AMSA_31MAR14,
        published="2014-03-31",
    ),
    # the same release: weather 'over the past 24 hours' (the perfect): past
    B(
        text="Weather in the area over the past 24 hours has included sea swells of up to seven metres, winds of up to 70km/h, air temperature of -17oC and water temperatures between zero and two oC.",
        due=None,
        vague=False,
        said="2014-03-30 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AMSA_31MAR14,
        published="2014-03-31",
    ),
    # the same release: icebergs reported 'yesterday': past
    B(
        text="The responding aircraft also reported icebergs in the area yesterday.",
        due=None,
        vague=False,
        said="2014-03-30 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AMSA_31MAR14,
        published="2014-03-31",
    ),
    # President of Ukraine, news item 'President held a meeting with members of the Government of Ukraine' (27 May 2022, 19:09; the title, the date line and sentences without a time word are not quoted): the state 'must return its citizens immediately', stressed at the meeting of that day, an undertaking with a vague word (CONVENTIONS 5.1, 7 days from the day of speaking): 3 June 2022, end of day EEST, vague; unsure: past (CONVENTIONS 5.3, what was stressed at the meeting)
    B(
        text="It was stressed that the state must return its citizens immediately.",
        due="2022-06-03 20:59:59",
        vague=True,
        said="2022-05-27 07:00:00",
        tz="Europe/Kyiv",
        cluster=6,
        source=_UA_PRES_27MAY22,
        published="2022-05-27",
    ),
    # the same item: 'the end of the school year' and an educational process 'starting from September 1', topics discussed; the process is given only its start (CONVENTIONS 3.2): earliest, 1 September 2022, 00:00 EEST; unsure: no deadline (topics of a meeting, no undertaking)
    B(
        text="Among the important issues of the President's meeting with government officials were the end of the school year, conducting an external independent evaluation and admission campaign, as well as prospects and proposals for organizing the educational process in the country starting from September 1.",
        due=None,
        vague=False,
        said="2022-05-27 07:00:00",
        tz="Europe/Kyiv",
        refusal="earliest",
        earliest="2022-08-31 21:00:00",
        cluster=5,
        source=_UA_PRES_27MAY22,
        published="2022-05-27",
    ),
    # Ministry of Defense of Japan, press conference by the Defense Minister, 9:32-9:37 A.M., Friday 24 August 2012, provisional translation (the headings, the time and place lines, the translation note and the section numbers are not quoted), a reporter's question: a visit the minister 'would like' to make 'by the end of the month', his own stated wish: 31 August 2012, end of day JST; unsure: past (told as what he 'has been saying')
    B(
        text="Regarding the explanation to the local communities concerning the Osprey, you have been saying repeatedly that you would like to visit Okinawa and Yamaguchi by the end of the month.",
        due="2012-08-31 14:59:59",
        vague=False,
        said="2012-08-24 01:00:00",
        tz="Asia/Tokyo",
        cluster=6,
        source=_MOD_24AUG12,
        published="2012-08-24",
    ),
    # the same press conference, the minister's answer: 'currently' on a present state: no deadline
    B(
        text="I am currently coordinating my schedule.",
        due=None,
        vague=False,
        said="2012-08-24 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOD_24AUG12,
        published="2012-08-24",
    ),
    # the same answer: a censure motion that press reports put 'next week' (no undertaking of the speaker, CONVENTIONS 4.2), the schedule 'yet to be fixed' and approval 'not yet' received: no deadline; unsure: Sunday 2 September 2012, end of day JST (the end of next week)
    B(
        text="However, as you may know, there have been press reports that a censure motion is going to be issued in the Diet next week, so the Diet schedule is yet to be fixed and nothing has been decided on how far the cabinet members are going to become involved in this, so I have not yet received approval from the Diet side with regard to the overall plan.",
        due=None,
        vague=False,
        said="2012-08-24 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOD_24AUG12,
        published="2012-08-24",
    ),
    # the same answer: a visit 'during this time', the Obon 'at the end of this month', is ruled out (CONVENTIONS 4.1): negated; unsure: 31 August 2012 (the Obon's time, read as the visit's)
    B(
        text="In the local areas, the prefectural Governors of Okinawa and Yamaguchi have their own respective schedules, and for Okinawa, as you may know, they have the Kyu (Old) Obon coming up at the end of this month, and it would be very discourteous to make a visit to Okinawa during this time.",
        due=None,
        vague=False,
        said="2012-08-24 01:00:00",
        tz="Asia/Tokyo",
        refusal="negated",
        cluster=5,
        source=_MOD_24AUG12,
        published="2012-08-24",
    ),
    # the same answer: 'currently' on a present act: no deadline
    B(
        text="Therefore, I am currently coordinating my schedule with some difficulty to decide on the order for Yamaguchi Prefecture and Okinawa prefecture in order to avoid such an outcome.",
        due=None,
        vague=False,
        said="2012-08-24 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOD_24AUG12,
        published="2012-08-24",
    ),
    # the same answer: an announcement 'once it has been fixed', an undated event: event
    B(
        text="I hope to announce this once it has been fixed.",
        due=None,
        vague=False,
        said="2012-08-24 01:00:00",
        tz="Asia/Tokyo",
        refusal="event",
        cluster=5,
        source=_MOD_24AUG12,
        published="2012-08-24",
    ),
    # the same answer: 'Currently' on a present state: no deadline
    B(
        text="Currently, I am not in a position to do that.",
        due=None,
        vague=False,
        said="2012-08-24 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOD_24AUG12,
        published="2012-08-24",
    ),
    # the same press conference, a reporter's question: 'When' asks for a time and gives none: no deadline
    B(
        text="When is this scheduled to occur?",
        due=None,
        vague=False,
        said="2012-08-24 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOD_24AUG12,
        published="2012-08-24",
    ),
    # Ministry of Defense of Japan, press conference by the Defense Minister, 10:15-10:20 A.M., Tuesday 15 August 2017, provisional translation (the page's heading names Kishida; the headings, the time and place lines, the translation note and the section numbers are not quoted), the announcement: a meeting 'in the afternoon of August 17', the afternoon ending at 18:00 (the parser's docstring), a clock time without a zone word read in the publisher's zone: 17 August 2017, 18:00 JST; unsure: 17 August 2017, 18:00 EDT (the meeting is held in the United States)
    B(
        text="I would like to announce that arrangements have been made with the U.S. side to hold the Japan-U.S. defense ministerial meeting between Secretary of Defense Mattis and I in the afternoon of August 17 during my visit to the United States to attend the Japan-U.S. 2+2 meeting.",
        due="2017-08-17 09:00:00",
        vague=False,
        said="2017-08-15 01:00:00",
        tz="Asia/Tokyo",
        cluster=2,
        source=_MOD_15AUG17,
        published="2017-08-15",
    ),
    # the same announcement: 'At this first meeting', dated by the sentence before; 'current' on a state: event; unsure: 17 August 2017, 18:00 JST
    B(
        text="At this first meeting with Secretary of Defense Mattis, we will exchange opinions about the regional situation, including the current North Korea situation.",
        due=None,
        vague=False,
        said="2017-08-15 01:00:00",
        tz="Asia/Tokyo",
        refusal="event",
        cluster=5,
        source=_MOD_15AUG17,
        published="2017-08-15",
    ),
    # the same press conference, a reporter's question: views to be expressed 'at the 2+2 meeting', not dated here ('now' is on the verb of speaking, CONVENTIONS 2.2): event
    B(
        text="In relation to the two things you mentioned now, what opinions do you intend to express on behalf of Japan at the 2+2 meeting and at the meeting with Secretary of Defense Mattis?",
        due=None,
        vague=False,
        said="2017-08-15 01:00:00",
        tz="Asia/Tokyo",
        refusal="event",
        cluster=5,
        source=_MOD_15AUG17,
        published="2017-08-15",
    ),
    # the same press conference, the minister's answer: 'the first 2+2 meeting in two years', a span looking back: no deadline
    B(
        text="This will be the first 2+2 meeting in two years, and the security environment is very severe.",
        due=None,
        vague=False,
        said="2017-08-15 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOD_15AUG17,
        published="2017-08-15",
    ),
    # the same press conference, a reporter's question: 'When' asks for a time and gives none: no deadline
    B(
        text="When do you expect this deployment will be ended?",
        due=None,
        vague=False,
        said="2017-08-15 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOD_15AUG17,
        published="2017-08-15",
    ),
    # Ministry of Defense of Japan, press conference by the Defense Minister, 10:33-10:40 A.M., Tuesday 17 January 2012, provisional translation (the headings, the time and place lines, the translation note, 'None' and the speakers' labels are not quoted), a reporter's question: a visit press reports put 'on January 22 and 23', the later day (CONVENTIONS 6.1): 23 January 2012, end of day JST; unsure: no deadline (a press report put as a question, no undertaking)
    B(
        text="According to certain press reports, it is said that you will be visiting Okinawa on January 22 and 23 to meet with Governor Nakaima.",
        due="2012-01-23 14:59:59",
        vague=False,
        said="2012-01-17 01:00:00",
        tz="Asia/Tokyo",
        cluster=3,
        source=_MOD_17JAN12,
        published="2012-01-17",
    ),
    # the same press conference, the minister's answer: a visit 'when it is most convenient for him', an undated event: event
    B(
        text="I hope to make my visit to Governor Nakaima when it is most convenient for him.",
        due=None,
        vague=False,
        said="2012-01-17 01:00:00",
        tz="Asia/Tokyo",
        refusal="event",
        cluster=5,
        source=_MOD_17JAN12,
        published="2012-01-17",
    ),
    # the same answer: a visit 'before the Diet session starts', the start not dated here; 'currently' on the adjusting: event
    B(
        text="If possible, I would like to visit Okinawa and meet in person before the Diet session starts, since this a very important issue, and to work towards getting our minds together as much as we can, so I am currently adjusting the schedules with a desire to make a visit before the start of the Diet sessions.",
        due=None,
        vague=False,
        said="2012-01-17 01:00:00",
        tz="Asia/Tokyo",
        refusal="event",
        cluster=5,
        source=_MOD_17JAN12,
        published="2012-01-17",
    ),
    # the same press conference, a reporter's question: 'When you meet', an undated event: event
    B(
        text="When you meet with Governor Nakaima, what kind of things are you intending to discuss with him?",
        due=None,
        vague=False,
        said="2012-01-17 01:00:00",
        tz="Asia/Tokyo",
        refusal="event",
        cluster=5,
        source=_MOD_17JAN12,
        published="2012-01-17",
    ),
    # the same press conference, the minister's answer: 'current' on a present state: no deadline
    B(
        text="First, there is the current situation.",
        due=None,
        vague=False,
        said="2012-01-17 01:00:00",
        tz="Asia/Tokyo",
        cluster=1,
        source=_MOD_17JAN12,
        published="2012-01-17",
    ),
    # the same answer: work 'for 15 years' (the perfect): past
    B(
        text="Then, with regard to this issue, Japan and the U.S. as well as the people of Okinawa have been working on it for 15 years.",
        due=None,
        vague=False,
        said="2012-01-17 01:00:00",
        tz="Asia/Tokyo",
        refusal="past",
        cluster=5,
        source=_MOD_17JAN12,
        published="2012-01-17",
    ),
    # the same press conference, a reporter's question: 'before' looks back, and the asking is hung on 'when you go to Okinawa', an undated event: event
    B(
        text="I have raised this question before, but when you go to Okinawa, will you be asking for the understanding and cooperation for the government policy towards realizing the Japan-U.S. agreement?",
        due=None,
        vague=False,
        said="2012-01-17 01:00:00",
        tz="Asia/Tokyo",
        refusal="event",
        cluster=5,
        source=_MOD_17JAN12,
        published="2012-01-17",
    ),
    # Australian Transport Safety Bureau, media alert (Tuesday 14 October 2008, the date the alert gives as 'today'; the media contact line and the 'Where:' and 'Time:' labels are not quoted): a media conference 'held today, Tuesday, 14 October 2008' (CONVENTIONS 3.1): 14 October 2008, end of day AEDT; unsure: 19:00 AEDT (the time the 'Time:' label gives)
    B(
        text="A media conference discussing the progress of the investigation into the circumstances surrounding this incident will be held today, Tuesday, 14 October 2008.",
        due="2008-10-14 12:59:59",
        vague=False,
        said="2008-10-13 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ATSB_14OCT08,
        published="2008-10-14",
    ),
    # the same alert: the director will speak at the conference dated in the sentence before; 'at this time' is on what is known: event; unsure: 14 October 2008, 19:00 AEDT
    B(
        text="Mr Julian Walsh, Director, Aviation Safety Investigation, will discuss factual information known to the investigation team at this time and will outline the investigation process.",
        due=None,
        vague=False,
        said="2008-10-13 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ATSB_14OCT08,
        published="2008-10-14",
    ),
    # Australian Transport Safety Bureau, media alert (Wednesday 9 September 2009, the date the alert gives as 'today'; the page's 'Last update 01 April 2011' is a later site update; the 'Where:' and 'Time:' labels, the contact line and the page furniture are not quoted): investigators who 'departed ... this morning': past
    B(
        text="The Australian Transport Safety Bureau (ATSB) is investigating and two investigators departed for Queensland this morning to commence the investigation.",
        due=None,
        vague=False,
        said="2009-09-09 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ATSB_9SEP09,
        published="2009-09-09",
    ),
    # the same alert: a berth expected 'later this afternoon', 'later this <period>' running to the period's end, the afternoon ending at 18:00, vague as 'later today' (as an earlier set labelled 'later this afternoon'): 9 September 2009, 18:00 AEST, vague; unsure: exact 18:00
    B(
        text="The yacht is expected to berth at Southport later this afternoon.",
        due="2009-09-09 08:00:00",
        vague=True,
        said="2009-09-09 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ATSB_9SEP09,
        published="2009-09-09",
    ),
    # the same alert: a briefing 'at a media conference today, Wednesday, 9 September 2009' (CONVENTIONS 3.1): 9 September 2009, end of day AEST; unsure: 14:30 AEST (the 'Time:' label)
    B(
        text="Mr Mike Squires, Acting Director of Surface Safety Investigations will discuss factual information known to the ATSB at this time and will outline the investigation process at a media conference today, Wednesday, 9 September 2009.",
        due="2009-09-09 13:59:59",
        vague=False,
        said="2009-09-09 00:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_ATSB_9SEP09,
        published="2009-09-09",
    ),
    # the same alert: a standing arrangement from 'After this briefing', the briefing dated in the sentence before: event; unsure: earliest, 9 September 2009 (the rule only starts then)
    B(
        text="After this briefing, all media enquiries must be directed to the media contact listed below.",
        due=None,
        vague=False,
        said="2009-09-09 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ATSB_9SEP09,
        published="2009-09-09",
    ),
)
