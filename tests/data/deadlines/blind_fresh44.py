"""A FORTY-FOURTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 16:23 by the machine's clock, by a
labelling helper (branch issue12l4-s24) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstring, comments and README section of `blind_fresh34.py`, and the parser package's
docstring only (for the parts of the day, the vague windows, the meteorological seasons,
"later this <period>" and "a date without a year is its next occurrence"); nothing else of
`bot/core/deadlines/` was opened. The brief allowed any publisher but no one above a third of
the cases, at least eight publishers and several genres, and named many publishers and series
used by earlier sets (those were avoided): letters to the NHS from NHS England and NHS
Improvement, NHS Improvement's weekly provider bulletins, the US Department of Education's
"ED Review" newsletters, a State Department DipNote blog post, FBI stories and a podcast
transcript, a White House press gaggle and a Press Secretary statement of the Bush years
(georgewbush-whitehouse.archives.gov, not the presidency.ucsb.edu copies the forty-third set
used), an Australian minister's list of media releases and a Met Office forecast article. As
in the twenty-seventh to forty-second sets, every sentence quoted holds a time word of some
kind (a date, a clock time, a day word, a period, a span, a year in a name, "now", "current",
"latest", "still", "already", "since", "then", "while", "meanwhile", "deadline", "recurring",
"interim", "at times"); the sentences of the pages read that hold none were skipped, as were
bare headings, titles, date lines, address lists, contents lists, mastheads, the boilerplate
line of a weekly bulletin, link and contact lines, photo captions, speakers' names before a
colon, reporters' cut-off questions, a greeting, and lines cut off by the end of an opening or
by a list's "…". A point of a list was taken as its own case; no word was changed, and
quotation marks, dashes and missing full stops stay as the page has them. The sentences were
found with a search over stored copies of public pages and taken as they came in the openings
the search returns, in page order. See README.md ("Forty-fourth fresh blind set") for every
address, publisher and licence. No address listed in README.md, in a `#` header or README
under `tests/data/`, in the sources of the other set files or in the shared claims file was
used: each was checked against those lists (the address and a distinctive phrase of the page)
and claimed (`fresh44`) in `/work/helper-brief/claims.txt` before a quote was taken; pages
already used (among them the Atlantis and Discovery launch stories and the Tunisian election
story on Wikinews, Secretary Rice's travel note of July 2008, Secretary Clinton's travel
announcement of October 2010 and the State Department's travel diary of July 2012, three
Perino gaggles, a Stanzel and a Duffy gaggle, two Kremlin executive orders and two Australian
infrastructure releases of 2015 and 2016) were dropped. Each label was worked out by hand from
the words, the publication date and the publisher's zone; the conversion of local instants to
UTC wall time, the day counts and the weekday checks were done with Python's zoneinfo and
datetime in a scratch script outside the repository, never with code of the project. No run
of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these texts
before the labels were committed; the helpers improving the parser have not seen them. See
README.md for the count and the composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh34.py`: the publisher's zone (US federal publishers:
America/New_York, except the Crawford gaggle, which the page times in CDT and which is read
in America/Chicago; NHS England, NHS Improvement and the Met Office: Europe/London; the
Australian minister in Canberra: Australia/Sydney); the publication date at 10:00 local,
except the gaggle, read at its stated 5:20 p.m. CDT; the Met Office article shows no date line
and is dated by its address and title (Saturday 20 September 2025), and each item of the
Australian list by its own date line; a day falls due at 23:59:59 local (zoneinfo decides the
offset); a clock time without a zone word is in the publisher's zone; "midnight on <day>" is
23:59:59 of that day; a range, a list or a schedule falls due at its later end; the morning
ends at 12:00, the evening and the night at 23:59:59, and seasons are meteorological (the
parser's docstring); vague words take the parser's documented windows (60 days for "as soon as
possible" and "in the near future", four weeks for "the coming weeks", seven days for "a few
days"), counted from the day of speaking; a time that the sentence hangs on an undated event
or on a stay or day another sentence dates ("While in Lima", "Following our meeting", "then",
"In the interim", "as the day progresses") is `refusal='event'`, and where the page dates that
event elsewhere the label is marked "unsure" and names the instant; refusals have `due=None`
and a `refusal` kind (past | event | recurring | negated | earliest; `earliest` is 00:00 local
of the start, as UTC wall time); a sentence whose time words set no time for any act (an age,
a title or programme name, "now", "current", "latest", "still", a "deadline" with no date, a
possibility in a forecast) has `due=None` and no refusal word. Labels marked "unsure" name the
other reading; like every label here they stay as committed, whatever the first run shows.
First run: not yet taken (the lead runs it once, after merging, and records it in README.md).
Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_STATE_BLOG_7JUN10 = "https://blogs.state.gov/stories/2010/06/07/travel-diary-wheels-secretary-clinton-latin-america-and-caribbean?page=0%2C1666"
_NHSE_PHASE3_31JUL20 = (
    "https://www.england.nhs.uk/coronavirus/documents/third-phase-of-nhs-response-to-covid-19/"
)
_NHSE_NEXTSTEPS_17MAR20 = "https://www.england.nhs.uk/coronavirus/documents/important-and-urgent-next-steps-on-nhs-response-to-covid-19/"
_NHSE_WINTER_23DEC20 = "https://www.england.nhs.uk/coronavirus/documents/important-for-action-operational-priorities-winter-and-2021-22-23-dec-2020/"
_NHSE_IMPL3_7AUG20 = "https://england.nhs.uk/coronavirus/documents/c0716_implementing-phase-3"
_NHSI_21JUN17 = "https://improvement.nhs.uk/news-alerts/provider-bulletin-21-june/"
_NHSI_28JUN17 = "https://improvement.nhs.uk/news-alerts/provider-bulletin-28-june/"
_NHSI_13SEP17 = "https://improvement.nhs.uk/news-alerts/provider-bulletin-13-september/"
_FBI_PODCAST_9DEC11 = (
    "https://www.fbi.gov/audio-repository/news-podcasts-inside-fugitive-apprehension-tools.mp3/view"
)
_FBI_RADIO_4DEC09 = "https://archives.fbi.gov/archives/news/stories/2009/december/radio_120409"
_WH_GAGGLE_24AUG01 = (
    "https://georgewbush-whitehouse.archives.gov/news/releases/2001/08/print/text/20010824-4.html"
)
_WH_STATEMENT_20DEC02 = (
    "https://georgewbush-whitehouse.archives.gov/news/releases/2002/12/print/text/20021220-8.html"
)
_ED_REVIEW_30SEP22 = "http://content.govdelivery.com/accounts/USED/bulletins/32fceca"
_ED_REVIEW_1OCT21 = "https://content.govdelivery.com/accounts/USED/bulletins/2f57bea"
_ED_REVIEW_19JAN17 = "https://www2.ed.gov/news/newsletters/edreview/2017/0119.html"
_ED_REVIEW_14SEP18 = "https://www2.ed.gov/news/newsletters/edreview/2018/0914.html"
_AU_INFRA_KING_P47 = "https://minister.infrastructure.gov.au/c-king?fbclid=IwAR23ysoakdAKFE4AAEbqAqrfKEbuV_awgqWfZZJFCfi-_l7BQ4qXMDO9XzA&page=47"
_METOFFICE_20SEP25 = "https://www.metoffice.gov.uk/syndication/syndicated-articles/msn-news/2025/september/met-office-daily-weather-for-september-20"

FRESH44_CASES: tuple[BlindCase, ...] = (
    # US Department of State, DipNote blog, 'Travel Diary: "Wheels Up" With Secretary Clinton to Latin America and the Caribbean' by Assistant Secretary Arturo A. Valenzuela (Monday 7 June 2010; the heading, the date line, the map and author lines and the sentences with no time word are not quoted): trips made 'since taking office': past
    B(
        text="This is the latest in a series of trips to Latin America the Secretary has made since taking office, reestablishing the strength of the U.S. partnership with our neighbors in the Americas.",
        due=None,
        vague=False,
        said="2010-06-07 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_STATE_BLOG_7JUN10,
        published="2010-06-07",
    ),
    # the same post: 'no time' and 'while traveling' set no time for any act: no deadline
    B(
        text="The great part is that we waste no time while traveling: the Secretary's U.S. Air Force Boeing 757 functions as a mobile office.",
        due=None,
        vague=False,
        said="2010-06-07 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_STATE_BLOG_7JUN10,
        published="2010-06-07",
    ),
    # the same post: 'a busy week ahead' describes the week, no act is given a time: no deadline; unsure: Sunday 13 June 2010, end of day EDT (the week's end)
    B(
        text="We've got a busy week ahead.",
        due=None,
        vague=False,
        said="2010-06-07 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_STATE_BLOG_7JUN10,
        published="2010-06-07",
    ),
    # the same post: 'While in Lima', a time hung on a stay this sentence does not date: event
    B(
        text="While in Lima, I'll accompany Secretary Clinton at the General Assembly of the Organization of American States.",
        due=None,
        vague=False,
        said="2010-06-07 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_STATE_BLOG_7JUN10,
        published="2010-06-07",
    ),
    # the same post: 'while in Peru', hung on the undated stay: event
    B(
        text="We'll also have the opportunity to meet with President Garcia while in Peru.",
        due=None,
        vague=False,
        said="2010-06-07 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_STATE_BLOG_7JUN10,
        published="2010-06-07",
    ),
    # the same post: 'On Tuesday morning', the next Tuesday, the morning ending at 12:00 (the parser's docstring): 8 June 2010, 12:00 EDT
    B(
        text="On Tuesday morning, we'll depart Lima en route to Quito, Ecuador.",
        due="2010-06-08 16:00:00",
        vague=False,
        said="2010-06-07 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_STATE_BLOG_7JUN10,
        published="2010-06-07",
    ),
    # the same post: 'Following our meeting', hung on a meeting this sentence does not date: event; unsure: 8 June 2010, end of day EDT (the Quito stop of the sentence before)
    B(
        text="Following our meeting with President Correa, Secretary Clinton will make an important speech at a cultural center in Quito.",
        due=None,
        vague=False,
        said="2010-06-07 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_STATE_BLOG_7JUN10,
        published="2010-06-07",
    ),
    # the same post (the link's text is not on the page): 'as we get closer', hung on the undated approach of the speech: event
    B(
        text="Visit for more details on how to tune in as we get closer.",
        due=None,
        vague=False,
        said="2010-06-07 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_STATE_BLOG_7JUN10,
        published="2010-06-07",
    ),
    # the same post: 'Tuesday evening', the evening ending at 23:59:59: 8 June 2010, end of day EDT
    B(
        text="We'll fly to Bogota, Colombia Tuesday evening.",
        due="2010-06-09 03:59:59",
        vague=False,
        said="2010-06-07 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_STATE_BLOG_7JUN10,
        published="2010-06-07",
    ),
    # the same post: 'Wednesday morning': 9 June 2010, 12:00 EDT
    B(
        text="Wednesday morning, we'll meet with the two Colombian presidential candidates -- Juan Manuel Santos and Antonus Mockus.",
        due="2010-06-09 16:00:00",
        vague=False,
        said="2010-06-07 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_STATE_BLOG_7JUN10,
        published="2010-06-07",
    ),
    # the same post: 'current' names the office holder, no time for the meeting: no deadline; unsure: 9 June 2010 (the Bogota day of the sentence before)
    B(
        text="Secretary Clinton and I will also meet with current Colombian President Alvaro Uribe.",
        due=None,
        vague=False,
        said="2010-06-07 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_STATE_BLOG_7JUN10,
        published="2010-06-07",
    ),
    # the same post: two days of a schedule, its later end (CONVENTIONS 6.1): Thursday 10 June 2010, end of day EDT
    B(
        text="We'll arrive late on Wednesday, and participate in a meeting of CARICOM nations of the Caribbean on Thursday.",
        due="2010-06-11 03:59:59",
        vague=False,
        said="2010-06-07 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_STATE_BLOG_7JUN10,
        published="2010-06-07",
    ),
    # NHS England and NHS Improvement, letter 'Third phase of NHS response to COVID-19' from Sir Simon Stevens and Amanda Pritchard (Friday 31 July 2020; the contents, the address lists, the date line, the greeting and the capitalised subject line are not quoted): a phase 'effective from 1 August 2020', a one-off start (CONVENTIONS 3.1): 1 August 2020, end of day BST
    B(
        text="We are writing to thank you and your teams for the successful NHS response in the face of this unprecedented pandemic, and to set out the next – third – phase of the NHS response, effective from 1 August 2020.",
        due="2020-08-01 22:59:59",
        vague=False,
        said="2020-07-31 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_NHSE_PHASE3_31JUL20,
        published="2020-07-31",
    ),
    # the same letter: a declaration made 'on 30 January': past
    B(
        text="You will recollect that on 30 January NHS England and NHS Improvement declared a Level 4 National Incident, triggering the first phase of the NHS pandemic response.",
        due=None,
        vague=False,
        said="2020-07-31 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHSE_PHASE3_31JUL20,
        published="2020-07-31",
    ),
    # the same letter: 'Since then', what has been done: past
    B(
        text="Since then the NHS has been able to treat every coronavirus patient who has needed specialist care – including 107,000 people needing emergency hospitalisation.",
        due=None,
        vague=False,
        said="2020-07-31 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHSE_PHASE3_31JUL20,
        published="2020-07-31",
    ),
    # the same letter: 'at the peak of demand', a past peak told in the past tense: past
    B(
        text="Even at the peak of demand, hospitals were still able to look after two non-Covid inpatients for every one Covid inpatient, and a similar picture was seen in primary, community and mental health services.",
        due=None,
        vague=False,
        said="2020-07-31 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHSE_PHASE3_31JUL20,
        published="2020-07-31",
    ),
    # the same letter: a letter written 'on 29 April': past
    B(
        text="As acute Covid pressures were beginning to reduce, we wrote to you on 29 April to outline agreed measures for the second phase, restarting urgent services.",
        due=None,
        vague=False,
        said="2020-07-31 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHSE_PHASE3_31JUL20,
        published="2020-07-31",
    ),
    # the same letter, the lead-in of a list: 'Now' on the letter itself sets no time for any act: no deadline
    B(
        text="Now in this Phase Three letter we:",
        due=None,
        vague=False,
        said="2020-07-31 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NHSE_PHASE3_31JUL20,
        published="2020-07-31",
    ),
    # the same letter, a point of the list: 'the latest' level, no time for any act: no deadline
    B(
        text="update you on the latest Covid national alert level;",
        due=None,
        vague=False,
        said="2020-07-31 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NHSE_PHASE3_31JUL20,
        published="2020-07-31",
    ),
    # the same letter, the next point: priorities 'for the rest of 2020/21', kept to the end of the financial year (CONVENTIONS 3.3; GB fiscal year to 31 March): 31 March 2021, end of day BST; unsure: no deadline (the priorities are set out in this letter, the span is only their period)
    B(
        text="set out priorities for the rest of 2020/21; and",
        due="2021-03-31 22:59:59",
        vague=False,
        said="2020-07-31 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_NHSE_PHASE3_31JUL20,
        published="2020-07-31",
    ),
    # the same letter, the next point: arrangements 'heading into Autumn' are outlined in this letter, no time for any act: no deadline; unsure: 31 August 2020 (the day before autumn, CONVENTIONS 3.5)
    B(
        text="outline financial arrangements heading into Autumn as agreed with Government.",
        due=None,
        vague=False,
        said="2020-07-31 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NHSE_PHASE3_31JUL20,
        published="2020-07-31",
    ),
    # NHS England and NHS Improvement, letter 'Important and urgent – next steps on NHS response to COVID-19' (Tuesday 17 March 2020; the contents, the reference number, the address lists, the date line, the greeting and the heading are not quoted; the points of the list that hold no time word are skipped): work 'to date' and a declaration 'on 30 January': past
    B(
        text="Thank you for your extensive work to date to prepare for this rapidly increasing pandemic, following the NHS declaration of a Level 4 National Incident on 30 January.",
        due=None,
        vague=False,
        said="2020-03-17 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHSE_NEXTSTEPS_17MAR20,
        published="2020-03-17",
    ),
    # the same letter: 'Last night', an announcement made: past
    B(
        text="Last night the Government announced additional measures to seek to reduce the spread across the country.",
        due=None,
        vague=False,
        said="2020-03-17 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHSE_NEXTSTEPS_17MAR20,
        published="2020-03-17",
    ),
    # the same letter: pressure 'at the peak of the outbreak', an undated event; 'the coming days and weeks' tell how the outbreak grows, not when anything is done: event; unsure: 14 April 2020, end of day BST ('the coming weeks', four weeks, vague)
    B(
        text="However as the outbreak intensifies over the coming days and weeks, the evidence from other countries and the advice from SAGE and the Chief Medical Officer is that at the peak of the outbreak the NHS will still come under intense pressure.",
        due=None,
        vague=False,
        said="2020-03-17 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_NHSE_NEXTSTEPS_17MAR20,
        published="2020-03-17",
    ),
    # the same letter: 'now' on the asking and 'already' on actions under way set no time for putting the actions in place: no deadline
    B(
        text="This letter therefore sets out important actions we are now asking every part of the NHS to put in place to redirect staff and resources, building on multiple actions already in train.",
        due=None,
        vague=False,
        said="2020-03-17 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NHSE_NEXTSTEPS_17MAR20,
        published="2020-03-17",
    ),
    # the same letter, a point of the list: 'newly announced' measures, the only time word telling of the past announcement: past
    B(
        text="Play our part in the wider population measures newly announced by Government.",
        due=None,
        vague=False,
        said="2020-03-17 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHSE_NEXTSTEPS_17MAR20,
        published="2020-03-17",
    ),
    # the same letter, the lead-in of the measures: 'now' on a request; 'now' is not one of the documented vague words: no deadline; unsure: 24 March 2020, end of day GMT ('now' read as 'immediately', seven days, vague)
    B(
        text="Please therefore now enact the following measures:",
        due=None,
        vague=False,
        said="2020-03-17 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NHSE_NEXTSTEPS_17MAR20,
        published="2020-03-17",
    ),
    # NHS England and NHS Improvement, letter 'Important: for action – operational priorities for winter and 2021/22' (Wednesday 23 December 2020; the contents, the address lists, the date line, the greeting and the headings are not quoted): 'As we near the end of this year' dates the writing, which is done in the letter; 'the next phase' is not dated: no deadline; unsure: 31 December 2020, end of day GMT (the end of this year)
    B(
        text="As we near the end of this year, we are writing to thank you and your teams for the way you have responded to the extraordinary challenge of Covid-19 and set out the key priorities for the next phase.",
        due=None,
        vague=False,
        said="2020-12-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NHSE_WINTER_23DEC20,
        published="2020-12-23",
    ),
    # the same letter: 'In the past year': past
    B(
        text="In the past year we have cared for more than 200,000 of those most seriously ill with Covid-19 in our hospitals.",
        due=None,
        vague=False,
        said="2020-12-23 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHSE_WINTER_23DEC20,
        published="2020-12-23",
    ),
    # the same letter: 'At the same time', work done over the past year: past
    B(
        text="At the same time NHS staff have also worked incredibly hard to keep essential services such as cancer, mental health, general practice, urgent, emergency and community healthcare running and restore non-urgent services that had to be paused.",
        due=None,
        vague=False,
        said="2020-12-23 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHSE_WINTER_23DEC20,
        published="2020-12-23",
    ),
    # the same letter: a comparison with 'the same time last year': past
    B(
        text="The number of cancer treatments is above the level at the same time last year.",
        due=None,
        vague=False,
        said="2020-12-23 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHSE_WINTER_23DEC20,
        published="2020-12-23",
    ),
    # the same letter: 'pre- pandemic levels' name a past level, no time for any act: no deadline
    B(
        text="GP appointments are back to around pre- pandemic levels.",
        due=None,
        vague=False,
        said="2020-12-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NHSE_WINTER_23DEC20,
        published="2020-12-23",
    ),
    # the same letter: a result already reached, 'above the target for 2020/21': past
    B(
        text="Mental health services have remained open and more than 400,000 children have accessed mental health services, above the target for 2020/21.",
        due=None,
        vague=False,
        said="2020-12-23 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHSE_WINTER_23DEC20,
        published="2020-12-23",
    ),
    # the same letter: a comparison with 'the same point last year': past
    B(
        text="Community services are supporting 15 per cent more people than they were at the same point last year.",
        due=None,
        vague=False,
        said="2020-12-23 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHSE_WINTER_23DEC20,
        published="2020-12-23",
    ),
    # NHS England and NHS Improvement, 'Implementing phase 3 of the NHS response to the COVID-19 pandemic' (Friday 7 August 2020; the contents, the reference number, the title, the headings and the points of the list that hold no time word are not quoted): 'the letter of 31 July 2020' dates an earlier letter: past
    B(
        text="Further to the letter of 31 July 2020 about the third phase of the NHS response to COVID-19, this document provides a range of supplementary materials to support implementation.",
        due=None,
        vague=False,
        said="2020-08-07 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHSE_IMPL3_7AUG20,
        published="2020-08-07",
    ),
    # the same document, the second point of its list: monitoring 'by 31 October', a date without a year read as its next occurrence: 31 October 2020, end of day GMT
    B(
        text="This will be guided by new, core performance monitoring of service use and outcomes among those from the most deprived neighbourhoods and from Black and Asian communities, by 31 October.",
        due="2020-10-31 23:59:59",
        vague=False,
        said="2020-08-07 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_NHSE_IMPL3_7AUG20,
        published="2020-08-07",
    ),
    # the same document, the third point: reviewing 'by 31 March', the next 31 March: 31 March 2021, end of day BST
    B(
        text="Develop digitally enabled care pathways in ways which increase inclusion, including reviewing who is using new primary, outpatient and mental health digitally enabled care pathways by 31 March.",
        due="2021-03-31 22:59:59",
        vague=False,
        said="2020-08-07 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_NHSE_IMPL3_7AUG20,
        published="2020-08-07",
    ),
    # NHS Improvement, 'Provider bulletin: 21 June 2017' (Wednesday 21 June 2017; the heading, the bulletin's boilerplate line on who receives it, the section and item headings and the link lines are not quoted): a saving 'each year': recurring
    B(
        text="We've developed an automated, data collection system which will save the NHS an estimated 36,000 hours each year.",
        due=None,
        vague=False,
        said="2017-06-21 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_NHSI_21JUN17,
        published="2017-06-21",
    ),
    # the same bulletin: 'winter' data uploaded 'on a daily basis', a standing practice: recurring
    B(
        text="The new system will see all of the winter sitrep data that you'd normally upload manually on a daily basis, automatically uploaded to our databases.",
        due=None,
        vague=False,
        said="2017-06-21 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_NHSI_21JUN17,
        published="2017-06-21",
    ),
    # the same bulletin: 'in the next few days', read as 'a few days', a vague window of seven days (the parser's docstring): 28 June 2017, end of day BST
    B(
        text="We'll send your information teams a technical survey in the next few days.",
        due="2017-06-28 22:59:59",
        vague=True,
        said="2017-06-21 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_NHSI_21JUN17,
        published="2017-06-21",
    ),
    # the same bulletin: 'as soon as possible' (CONVENTIONS 5.1), 60 days: 20 August 2017, end of day BST
    B(
        text="Please ask them to prioritise its completion and return to us as soon as possible.",
        due="2017-08-20 22:59:59",
        vague=True,
        said="2017-06-21 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_NHSI_21JUN17,
        published="2017-06-21",
    ),
    # the same bulletin: an ongoing monthly practice given only its start, 'from August 2017' (CONVENTIONS 3.2): earliest, 1 August 2017, 00:00 BST; unsure: 31 August 2017, end of day BST (a change taking effect in August, CONVENTIONS 3.1)
    B(
        text="Chief operating officers and information managers, please note from August 2017 the NHS performance statistics publication scheduled for the second Thursday of each month will now include A&E data from the previous month.",
        due=None,
        vague=False,
        said="2017-06-21 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2017-07-31 23:00:00",
        cluster=5,
        source=_NHSI_21JUN17,
        published="2017-06-21",
    ),
    # the same bulletin: the publication 'on 10 August 2017'; July and June 2017 name the data, not a time for the act: 10 August 2017, end of day BST
    B(
        text="For example: the publication on 10 August 2017 will now include A&E data for July 2017 in addition to June 2017.",
        due="2017-08-10 22:59:59",
        vague=False,
        said="2017-06-21 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_NHSI_21JUN17,
        published="2017-06-21",
    ),
    # the same bulletin: 'then', 'one month earlier' and 'currently' compare two timetables and set no date: no deadline
    B(
        text="Data will then continue to be published one month earlier than it is currently.",
        due=None,
        vague=False,
        said="2017-06-21 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NHSI_21JUN17,
        published="2017-06-21",
    ),
    # the same bulletin: 'monthly' data on 'the second working day of the month', a standing rule: recurring
    B(
        text="To meet this new publication timetable A&E providers need to submit monthly data via the UNIFY collection system on the second working day of the month rather than the 22nd.",
        due=None,
        vague=False,
        said="2017-06-21 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_NHSI_21JUN17,
        published="2017-06-21",
    ),
    # the same bulletin: two dated acts, the later (CONVENTIONS 6.1): 10 August 2017, end of day BST; unsure: 2 August 2017, end of day BST (the date the sentence calls the deadline)
    B(
        text="The deadline to submit A&E data from July 2017 is 2 August 2017 and this data will be published on 10 August 2017.",
        due="2017-08-10 22:59:59",
        vague=False,
        said="2017-06-21 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_NHSI_21JUN17,
        published="2017-06-21",
    ),
    # the same bulletin: a change already 'implemented', 'timeliness' a noun: past
    B(
        text="The change was implemented by the Office for Statistics Regulation following concerns about the timeliness of publication of A&E data and instances of leaks of unpublished management information.",
        due=None,
        vague=False,
        said="2017-06-21 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHSI_21JUN17,
        published="2017-06-21",
    ),
    # NHS Improvement, 'Provider bulletin: 28 June 2017' (Wednesday 28 June 2017; the heading, the boilerplate line on who receives it, the item headings, the contact lines and the points with no time word are not quoted): a 'timetable' agreed for 'the next' surveys ('seven day' names the services), no date in this sentence: no deadline
    B(
        text="Working with NHS England we've agreed the timetable for the next seven day self-assessment surveys.",
        due=None,
        vague=False,
        said="2017-06-28 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NHSI_28JUN17,
        published="2017-06-28",
    ),
    # the same bulletin, a point of the list: a collection range, its later end (CONVENTIONS 6.1), the year from 'autumn 2017': 18 October 2017, end of day BST
    B(
        text="autumn 2017 survey: data collection between 20 September and 18 October.",
        due="2017-10-18 22:59:59",
        vague=False,
        said="2017-06-28 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_NHSI_28JUN17,
        published="2017-06-28",
    ),
    # the same point, its second sentence (no full stop on the page): 'midnight on Wednesday 29 November 2017', midnight being the end of that day (the parser's docstring): 29 November 2017, 23:59:59 GMT
    B(
        text="The submission deadline is midnight on Wednesday 29 November 2017",
        due="2017-11-29 23:59:59",
        vague=False,
        said="2017-06-28 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_NHSI_28JUN17,
        published="2017-06-28",
    ),
    # the same list, the next point: the range's later end, the year from 'spring 2018': 18 April 2018, end of day BST
    B(
        text="spring 2018 survey: data collection between 21 March and 18 April.",
        due="2018-04-18 22:59:59",
        vague=False,
        said="2017-06-28 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_NHSI_28JUN17,
        published="2017-06-28",
    ),
    # the same point, its second sentence: 30 May 2018, 23:59:59 BST
    B(
        text="The submission deadline is midnight on Wednesday 30 May 2018",
        due="2018-05-30 22:59:59",
        vague=False,
        said="2017-06-28 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_NHSI_28JUN17,
        published="2017-06-28",
    ),
    # the same bulletin: 'by March 2021', the month's end: 31 March 2021, end of day BST
    B(
        text="We're supporting you to halve healthcare associated gram-negative blood stream infection rates across the NHS by March 2021.",
        due="2021-03-31 22:59:59",
        vague=False,
        said="2017-06-28 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_NHSI_28JUN17,
        published="2017-06-28",
    ),
    # the same bulletin: 'current' data, no time for the updating: no deadline
    B(
        text="We're updating our benchmarking tables of providers' executive board members' pay based on current data.",
        due=None,
        vague=False,
        said="2017-06-28 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NHSI_28JUN17,
        published="2017-06-28",
    ),
    # the same bulletin (the address after 'to' is a link not shown): 'by 5pm on Friday 28 July 2017': 28 July 2017, 17:00 BST
    B(
        text="Please read this letter and complete this template with your trust's executive board salaries and return it to by 5pm on Friday 28 July 2017.",
        due="2017-07-28 16:00:00",
        vague=False,
        said="2017-06-28 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_NHSI_28JUN17,
        published="2017-06-28",
    ),
    # the same bulletin: 'later this year' runs to the year's end (the parser's docstring): 31 December 2017, end of day GMT
    B(
        text="The Department of Health will publish a very senior managers' national pay framework later this year.",
        due="2017-12-31 23:59:59",
        vague=False,
        said="2017-06-28 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_NHSI_28JUN17,
        published="2017-06-28",
    ),
    # the same bulletin (the heading above it is not quoted): 'Friday 30 June is the deadline', the next 30 June: 30 June 2017, end of day BST
    B(
        text="Board secretaries please note Friday 30 June is the deadline for signing off the following self-certifications:",
        due="2017-06-30 22:59:59",
        vague=False,
        said="2017-06-28 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_NHSI_28JUN17,
        published="2017-06-28",
    ),
    # the same list, its second point: 'the deadline for these was 31 May', gone: past
    B(
        text="under Condition G6 and (where appropriate) Condition CoS7 of the NHS provider licence - the deadline for these was 31 May",
        due=None,
        vague=False,
        said="2017-06-28 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHSI_28JUN17,
        published="2017-06-28",
    ),
    # the same bulletin: 'by 30 June 2017': 30 June 2017, end of day BST
    B(
        text="Self-certifications under Condition G6 of the NHS provider licence need to be published on your trust's website by 30 June 2017.",
        due="2017-06-30 22:59:59",
        vague=False,
        said="2017-06-28 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_NHSI_28JUN17,
        published="2017-06-28",
    ),
    # NHS Improvement, 'Provider bulletin: 13 September 2017' (Wednesday 13 September 2017; the heading, the boilerplate line on who receives it, the item headings and the sentences with no time word are not quoted): 'this winter', the coming meteorological winter, December 2017 to February 2018, its end: 28 February 2018, end of day GMT
    B(
        text="We want to help you increase the flu vaccination uptake by frontline staff this winter.",
        due="2018-02-28 23:59:59",
        vague=False,
        said="2017-09-13 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_NHSI_13SEP17,
        published="2017-09-13",
    ),
    # the same bulletin: uptake reached 'In 2016/17': past
    B(
        text="In 2016/17, the uptake among healthcare workers in England reached 63.2%, a 12.6% increase on 2015/16.",
        due=None,
        vague=False,
        said="2017-09-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHSI_13SEP17,
        published="2017-09-13",
    ),
    # the same bulletin: '23:59, Wednesday 4 October 2017': 4 October 2017, 23:59 BST
    B(
        text="The deadline to complete the survey is 23:59, Wednesday 4 October 2017.",
        due="2017-10-04 22:59:00",
        vague=False,
        said="2017-09-13 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_NHSI_13SEP17,
        published="2017-09-13",
    ),
    # the same bulletin (the heading above it is not quoted): 'until midnight on Monday 18 September', the end of that day (CONVENTIONS 1.2): 18 September 2017, 23:59:59 BST
    B(
        text="You have until midnight on Monday 18 September to tell us what you think of our proposed updates to the Single Oversight Framework.",
        due="2017-09-18 22:59:59",
        vague=False,
        said="2017-09-13 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_NHSI_13SEP17,
        published="2017-09-13",
    ),
    # FBI, news podcast 'Inside the FBI: Fugitive Apprehension Tools', page with its transcript (Friday 9 December 2011; the heading, the date line, the summary line, the speakers' names before a colon and the sentences with no time word are not quoted): '2-year-old' is an age, no time for any act: no deadline
    B(
        text="Arthur Morgan III, of New Jersey, is behind bars on charges he murdered his 2-year-old daughter.",
        due=None,
        vague=False,
        said="2011-12-09 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FBI_PODCAST_9DEC11,
        published="2011-12-09",
    ),
    # the same transcript: a warrant obtained 'after' charges were filed: past
    B(
        text="The FBI was able to obtain an unlawful flight to avoid prosecution, or UFAP, warrant, after Monmouth County authorities filed local homicide charges against Morgan.",
        due=None,
        vague=False,
        said="2011-12-09 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FBI_PODCAST_9DEC11,
        published="2011-12-09",
    ),
    # the same transcript, an agent quoted: 'then', 'now' and 'sooner' set no time for any act: no deadline
    B(
        text="And then you can coordinate now with those agencies, and hopefully run a better investigation—and hopefully catch the guy sooner.",
        due=None,
        vague=False,
        said="2011-12-09 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FBI_PODCAST_9DEC11,
        published="2011-12-09",
    ),
    # the same transcript: an arrest 'six days after' the warrant: past
    B(
        text="Just six days after the FBI warrant was issued, Morgan was arrested in San Diego, California.",
        due=None,
        vague=False,
        said="2011-12-09 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FBI_PODCAST_9DEC11,
        published="2011-12-09",
    ),
    # the same transcript: 'the latest' and 'still' on present states: no deadline
    B(
        text="Morgan is the latest New Jersey fugitive in custody, but others are still on the run—like Edgardo Sorto.",
        due=None,
        vague=False,
        said="2011-12-09 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FBI_PODCAST_9DEC11,
        published="2011-12-09",
    ),
    # the same transcript: the only date, 'last July', is the past assault; the tracking has no time: past
    B(
        text="The FBI is working with its law enforcement partners to track down Sorto, who is wanted for allegedly sexually assaulting a 14-year-old girl in Manahawkin, New Jersey last July.",
        due=None,
        vague=False,
        said="2011-12-09 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FBI_PODCAST_9DEC11,
        published="2011-12-09",
    ),
    # FBI, story ''FBI, This Week' at 1,000' (Friday 4 December 2009, the date in the page's address and path; the archive notice, the breadcrumb, the headings, the photo caption and the lines with no time word are not quoted): 'long-running' and 'This Week' in the programme's name set no time for any act: no deadline
    B(
        text="If you’re interested in all things FBI—as told straight by our case agents, senior execs, scientists, and other experts—then check out our long-running radio program, “FBI, This Week.”",
        due=None,
        vague=False,
        said="2009-12-04 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FBI_RADIO_4DEC09,
        published="2009-12-04",
    ),
    # the same story: 'every Friday', a standing schedule: recurring
    B(
        text="This program airs every Friday on ABC Radio and various talk shows and stations across the country.",
        due=None,
        vague=False,
        said="2009-12-04 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FBI_RADIO_4DEC09,
        published="2009-12-04",
    ),
    # the same story: 'back on September 21, 1990': past
    B(
        text="The show first hit the airwaves back on September 21, 1990, tackling a hot topic of the day—the savings and loan crisis.",
        due=None,
        vague=False,
        said="2009-12-04 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FBI_RADIO_4DEC09,
        published="2009-12-04",
    ),
    # the same story: the programme 'celebrates' its milestone with 'today's episode', a present act on the day (CONVENTIONS 2.1): 4 December 2009, end of day EST; unsure: no deadline (a milestone told, not an undertaking)
    B(
        text="With today’s episode—which, by the way, talks about a hot topic of our day, cyber crime—the program celebrates a remarkable milestone of its own: its 1,000th episode.",
        due="2009-12-05 04:59:59",
        vague=False,
        said="2009-12-04 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FBI_RADIO_4DEC09,
        published="2009-12-04",
    ),
    # the same story: 'Looking back' 'over nearly 20 years': past
    B(
        text="Looking back, the long list of shows reads like a walk through FBI history, a snapshot of Bureau successes and news over nearly 20 years.",
        due=None,
        vague=False,
        said="2009-12-04 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FBI_RADIO_4DEC09,
        published="2009-12-04",
    ),
    # the same story: 'has always been', 'daily lives' and a programme's name set no time for any act: no deadline
    B(
        text="“The purpose of ‘FBI, This Week’ has always been to provide a window into the Bureau—to let people know what we’re up to and how it impacts their daily lives,” explains Neal Schiff, the veteran FBI newscaster who has produced and narrated each episode.",
        due=None,
        vague=False,
        said="2009-12-04 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FBI_RADIO_4DEC09,
        published="2009-12-04",
    ),
    # The White House, press gaggle by Claire Buchan, Crawford Elementary School, Crawford, Texas (Friday 24 August 2001, 5:20 p.m. CDT, the time of speaking; read in the zone the page names, America/Chicago; the speakers' names before a colon, the reporters' cut-off questions and the sentences with no time word are not quoted): the pool's visit 'tomorrow': 25 August 2001, end of day CDT
    B(
        text="Okay, for those of you in the pool tomorrow, the President has invited you to the ranch to watch him work.",
        due="2001-08-26 04:59:59",
        vague=False,
        said="2001-08-24 22:20:00",
        tz="America/Chicago",
        cluster=6,
        source=_WH_GAGGLE_24AUG01,
        published="2001-08-24",
    ),
    # the same gaggle: two clock times of tomorrow's visit, the later (CONVENTIONS 6.1), a bare time being its next occurrence: 25 August 2001, 11:30 CDT; unsure: 12:00 CDT (the half hour spent there after 11:30)
    B(
        text="You'll be gathering here at approximately 10:30 a.m., be on the ranch about 11:30 a.m., where the President will already be working, and expect to be there about 20 to 30 minutes.",
        due="2001-08-25 16:30:00",
        vague=False,
        said="2001-08-24 22:20:00",
        tz="America/Chicago",
        cluster=2,
        source=_WH_GAGGLE_24AUG01,
        published="2001-08-24",
    ),
    # the same gaggle: 'Every day': recurring
    B(
        text="Every day, the President has a project where he works on the ranch, clearing cedar, building trails, building bridges.",
        due=None,
        vague=False,
        said="2001-08-24 22:20:00",
        tz="America/Chicago",
        refusal="recurring",
        cluster=5,
        source=_WH_GAGGLE_24AUG01,
        published="2001-08-24",
    ),
    # the same gaggle: 'On Sunday', broken off before any act is named: no deadline; unsure: 26 August 2001, end of day CDT
    B(
        text="On Sunday -- pardon me?",
        due=None,
        vague=False,
        said="2001-08-24 22:20:00",
        tz="America/Chicago",
        cluster=1,
        source=_WH_GAGGLE_24AUG01,
        published="2001-08-24",
    ),
    # the same gaggle: departure 'On Sunday', 'early' giving no clock time: 26 August 2001, end of day CDT; unsure: 26 August 2001, 12:00 CDT ('early' read as the morning)
    B(
        text="On Sunday, we'll depart early en route Pittsburgh, where the President will participate in a tour of Urban Works Steel Plant.",
        due="2001-08-27 04:59:59",
        vague=False,
        said="2001-08-24 22:20:00",
        tz="America/Chicago",
        cluster=6,
        source=_WH_GAGGLE_24AUG01,
        published="2001-08-24",
    ),
    # the same gaggle: 'then', after the tour this sentence does not date: event; unsure: 26 August 2001, end of day CDT (the Sunday of the sentence before)
    B(
        text="He will then participate in a picnic with steel workers, where he will be emphasizing the values of hard work and ingenuity.",
        due=None,
        vague=False,
        said="2001-08-24 22:20:00",
        tz="America/Chicago",
        refusal="event",
        cluster=5,
        source=_WH_GAGGLE_24AUG01,
        published="2001-08-24",
    ),
    # the same gaggle: 'then', after the picnic: event; unsure: 26 August 2001, end of day CDT
    B(
        text="He will then travel with the pool to Williamsport, Pennsylvania, to attend the Little League World Series, where he will be inducted into the Little League Hall of Fame.",
        due=None,
        vague=False,
        said="2001-08-24 22:20:00",
        tz="America/Chicago",
        refusal="event",
        cluster=5,
        source=_WH_GAGGLE_24AUG01,
        published="2001-08-24",
    ),
    # the same gaggle: 'late Sunday evening', the evening ending at 23:59:59: 26 August 2001, end of day CDT
    B(
        text="And we will be returning that evening to the ranch, late Sunday evening.",
        due="2001-08-27 04:59:59",
        vague=False,
        said="2001-08-24 22:20:00",
        tz="America/Chicago",
        cluster=6,
        source=_WH_GAGGLE_24AUG01,
        published="2001-08-24",
    ),
    # the same gaggle: 'no scheduled events for Monday or Tuesday' (CONVENTIONS 4.1): negated
    B(
        text="At this point, we have no scheduled events for Monday or Tuesday.",
        due=None,
        vague=False,
        said="2001-08-24 22:20:00",
        tz="America/Chicago",
        refusal="negated",
        cluster=5,
        source=_WH_GAGGLE_24AUG01,
        published="2001-08-24",
    ),
    # the same gaggle: 'On Wednesday ... approximately 8:30 a.m.', the convention's number being no time: 29 August 2001, 08:30 CDT
    B(
        text="On Wednesday, he'll depart the ranch approximately 8:30 a.m. to travel to San Antonio, where he will make remarks at the American Legion 83rd Annual Convention.",
        due="2001-08-29 13:30:00",
        vague=False,
        said="2001-08-24 22:20:00",
        tz="America/Chicago",
        cluster=2,
        source=_WH_GAGGLE_24AUG01,
        published="2001-08-24",
    ),
    # The White House, statement by the Press Secretary (Friday 20 December 2002; the heading and the date line are not quoted): the January 2003 trip is moved and the sentence gives its new time, 'later in the year', the year of the trip (CONVENTIONS 4.1), running to its end: 31 December 2003, end of day EST; unsure: 31 December 2002 ('the year' read as the year of speaking)
    B(
        text="President Bush will reschedule his January 2003 trip to Africa until later in the year due to a combination of domestic and international considerations.",
        due="2004-01-01 04:59:59",
        vague=False,
        said="2002-12-20 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_WH_STATEMENT_20DEC02,
        published="2002-12-20",
    ),
    # the same statement: a visit 'in 2003': 31 December 2003, end of day EST
    B(
        text="The President looks forward to visiting Africa in 2003 to continue building America's partnership with the continent and to sharing firsthand with African leaders his commitment to working on issues ranging from the war on terrorism to economic development.",
        due="2004-01-01 04:59:59",
        vague=False,
        said="2002-12-20 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_WH_STATEMENT_20DEC02,
        published="2002-12-20",
    ),
    # US Department of Education, 'ED Review (09/30/22)' newsletter (GovDelivery; Friday 30 September 2022; the masthead, the share links, the date line, the headings and the sentences with no time word are not quoted): a launch 'on October 1 at 1:00 a.m. Eastern Time', the next 1 October, '2023-24' naming the form: 1 October 2022, 01:00 EDT
    B(
        text="The 2023-24 Free Application for Federal Student Aid (FAFSA®) will launch on October 1 at 1:00 a.m. Eastern Time.",
        due="2022-10-01 05:00:00",
        vague=False,
        said="2022-09-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ED_REVIEW_30SEP22,
        published="2022-09-30",
    ),
    # the same newsletter: 'as soon as possible' (CONVENTIONS 5.1), 60 days; the dates bound the attendance, not the completion: 29 November 2022, end of day EST
    B(
        text="New and returning students who plan to attend college between July 1, 2023, and June 30, 2024, should complete the FAFSA form as soon as possible.",
        due="2022-11-30 04:59:59",
        vague=True,
        said="2022-09-30 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ED_REVIEW_30SEP22,
        published="2022-09-30",
    ),
    # the same newsletter: funding 'annually': recurring
    B(
        text="The Department provides more than $112 million in grants, loans, and work-study funding annually to help students pay for higher education.",
        due=None,
        vague=False,
        said="2022-09-30 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_ED_REVIEW_30SEP22,
        published="2022-09-30",
    ),
    # the same newsletter: 'Before' only in the title of a tip sheet, an ongoing sharing with no time: no deadline
    B(
        text="To assist students and families in the process, the Department’s Federal Student Aid (FSA) office has been sharing helpful tips @FAFSA, including “7 Things You Need Before Filling Out the FAFSA Form,” “8 Steps to Completing the FAFSA Form,” and “15 Myths We’re Busting About the FAFSA Process.”",
        due=None,
        vague=False,
        said="2022-09-30 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ED_REVIEW_30SEP22,
        published="2022-09-30",
    ),
    # the same newsletter: 'last week', data released: past
    B(
        text="Also, last week, the White House released state-by-state data on how President Biden’s plan for student debt relief will benefit borrowers across the country.",
        due=None,
        vague=False,
        said="2022-09-30 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED_REVIEW_30SEP22,
        published="2022-09-30",
    ),
    # the same newsletter: 'In the coming weeks', a vague window of four weeks (the parser's docstring): 28 October 2022, end of day EDT
    B(
        text="In the coming weeks, the Department will release more details on how individuals can apply for the relief (see latest information and FAQs and Secretary Cardona’s “3 Things to Know” video).",
        due="2022-10-29 03:59:59",
        vague=True,
        said="2022-09-30 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ED_REVIEW_30SEP22,
        published="2022-09-30",
    ),
    # the same newsletter: a 'deadline' 'fast approaching' with no date given: no deadline
    B(
        text="Meanwhile, the deadline for borrowers to take advantage of temporary changes to the Public Service Loan Forgiveness (PSLF) program is fast approaching.",
        due=None,
        vague=False,
        said="2022-09-30 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ED_REVIEW_30SEP22,
        published="2022-09-30",
    ),
    # US Department of Education, 'ED Review (10/01/21)' newsletter (GovDelivery; Friday 1 October 2021; the masthead, the share links, the date line, the headings and the sentences and points with no time word are not quoted): a launch told in the past, 'launched at 11:59 p.m.': past
    B(
        text="The 2022-23 Free Application for Federal Student Aid (FAFSA®) launched at 11:59 p.m. Eastern Time.",
        due=None,
        vague=False,
        said="2021-10-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED_REVIEW_1OCT21,
        published="2021-10-01",
    ),
    # the same newsletter: 'as soon as possible' (CONVENTIONS 5.1), 60 days; the dates bound the attendance: 30 November 2021, end of day EST
    B(
        text="New and returning students who plan to attend college between July 1, 2022, and June 30, 2023, should complete the FAFSA as soon as possible.",
        due="2021-12-01 04:59:59",
        vague=True,
        said="2021-10-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ED_REVIEW_1OCT21,
        published="2021-10-01",
    ),
    # the same newsletter: 'Before' only in a tip sheet's title: no deadline
    B(
        text="To assist students and parents in the process, the Department’s Federal Student Aid (FSA) office has been sharing tips @FAFSA, including “7 Things You Need Before Filling Out the FAFSA Form” and “8 Steps to Completing the FAFSA Form.”",
        due=None,
        vague=False,
        said="2021-10-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ED_REVIEW_1OCT21,
        published="2021-10-01",
    ),
    # the same newsletter, a point of the list: 'prior' convictions that 'no longer' count, a change already made: past
    B(
        text="students’ prior drug convictions, as well as registration status with Selective Service, no longer affect their federal student aid eligibility;",
        due=None,
        vague=False,
        said="2021-10-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED_REVIEW_1OCT21,
        published="2021-10-01",
    ),
    # the same newsletter: a rate released, for defaults 'before September 30, 2020': past
    B(
        text="In related news, the Department released the latest federal student loan cohort default rate, which decreased (from 9.7% to 7.3%) for students who entered repayment between fiscal years 2017 and 2018 and subsequently defaulted before September 30, 2020.",
        due=None,
        vague=False,
        said="2021-10-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED_REVIEW_1OCT21,
        published="2021-10-01",
    ),
    # the same newsletter: 'since ... first released in 2012': past
    B(
        text="This new cohort default rate represents the lowest national rate since the three-year rate was first released in 2012.",
        due=None,
        vague=False,
        said="2021-10-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED_REVIEW_1OCT21,
        published="2021-10-01",
    ),
    # the same newsletter: 'Last week (September 20-24)', a tour made: past
    B(
        text="Last week (September 20-24), Secretary Cardona visited five Midwest states during his “Return to School Road Trip,” showcasing students and communities safely returning to in-person instruction.",
        due=None,
        vague=False,
        said="2021-10-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED_REVIEW_1OCT21,
        published="2021-10-01",
    ),
    # US Department of Education, 'ED Review' of 19 January 2017 (Thursday; the press-room line, the date line, the masthead with its 'bi-weekly' boilerplate, the list of contents, the headings and the sentences with no time word are not quoted): the transition 'Tomorrow': 20 January 2017, end of day EST
    B(
        text="Tomorrow, our nation will observe the transition from one presidential administration to the next.",
        due="2017-01-21 04:59:59",
        vague=False,
        said="2017-01-19 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ED_REVIEW_19JAN17,
        published="2017-01-19",
    ),
    # the same newsletter: a hiatus lasting 'as it is evaluated', an undated review ('recurring' names the kind of publication): event
    B(
        text="Like all other recurring publications of the Department, ED Review will be on hiatus as it is evaluated by the incoming administration.",
        due=None,
        vague=False,
        said="2017-01-19 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_ED_REVIEW_19JAN17,
        published="2017-01-19",
    ),
    # the same newsletter: 'in the near future', a documented vague word, 60 days: 20 March 2017, end of day EDT
    B(
        text="We expect ED Review or another resource will be available in the near future to provide updates on agency activities.",
        due="2017-03-21 03:59:59",
        vague=True,
        said="2017-01-19 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ED_REVIEW_19JAN17,
        published="2017-01-19",
    ),
    # the same newsletter: 'In the interim', until the undated return of the newsletter: event
    B(
        text="In the interim, visit https://www.ed.gov/ for the latest news and information.",
        due=None,
        vague=False,
        said="2017-01-19 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_ED_REVIEW_19JAN17,
        published="2017-01-19",
    ),
    # the same newsletter: a message issued 'On January 18': past
    B(
        text="On January 18, Secretary King issued his final message—reprinted below in its entirety.",
        due=None,
        vague=False,
        said="2017-01-19 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED_REVIEW_19JAN17,
        published="2017-01-19",
    ),
    # the same newsletter, the reprinted message of 18 January: 'Today' on a feeling, no act: no deadline
    B(
        text="Today is a bittersweet day for me.",
        due=None,
        vague=False,
        said="2017-01-19 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ED_REVIEW_19JAN17,
        published="2017-01-19",
    ),
    # the same message: 'the last time', no time for any act: no deadline
    B(
        text="It's the last time I will communicate with you as your Education Secretary.",
        due=None,
        vague=False,
        said="2017-01-19 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ED_REVIEW_19JAN17,
        published="2017-01-19",
    ),
    # the same message: progress made 'over the last eight years': past
    B(
        text="It's also an opportunity to celebrate the progress our nation has made over the last eight years toward ensuring all students have access to the rich, well-rounded learning opportunities they deserve.",
        due=None,
        vague=False,
        said="2017-01-19 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED_REVIEW_19JAN17,
        published="2017-01-19",
    ),
    # US Department of Education, 'ED Review' of 14 September 2018 (Friday; the press-room line, the date line, the masthead, the list of contents, the headings and the sentences with no time word are not quoted): 'during this time', the present spell with no end given: no deadline
    B(
        text="Moreover, the Department has directed federal student loan servicers to provide impacted borrowers flexibility in managing their loan payments during this time.",
        due=None,
        vague=False,
        said="2018-09-14 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ED_REVIEW_14SEP18,
        published="2018-09-14",
    ),
    # the same newsletter: 'not be known for some time' gives neither a start nor an end: no deadline
    B(
        text="The full extent of Florence's impact will not be known for some time, but the agency will remain in close contact with its state and local partners.",
        due=None,
        vague=False,
        said="2018-09-14 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ED_REVIEW_14SEP18,
        published="2018-09-14",
    ),
    # the same newsletter: 'This week', trips made: past
    B(
        text="This week, as part of the Department's \"Rethink School\" back to school tour, senior officials traveled to more than 40 states to highlight the Administration's key initiatives and meet with educators who are challenging the status quo and taking innovative approaches to student learning.",
        due=None,
        vague=False,
        said="2018-09-14 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED_REVIEW_14SEP18,
        published="2018-09-14",
    ),
    # Australian Government, Minister for Infrastructure, Transport, Regional Development and Local Government (Catherine King), list of media releases, page 47 (each item carries its own date, read at that date; the titles, the item types, a teaser cut off by '…' and the last cut-off title are not quoted): the item of Friday 25 August 2023, submissions 'being released today' (CONVENTIONS 2.1): 25 August 2023, end of day AEST
    B(
        text="As part of the Government’s public consultation process, around 1,200 submissions from individuals and organisations are being released today.",
        due="2023-08-25 13:59:59",
        vague=False,
        said="2023-08-25 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_AU_INFRA_KING_P47,
        published="2023-08-25",
    ),
    # the same list, the item of 24 August 2023: 'now open' with no closing date: no deadline
    B(
        text="The Australian Government’s $400 million regional Precincts and Partnerships grants program is now open for applications.",
        due=None,
        vague=False,
        said="2023-08-24 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_INFRA_KING_P47,
        published="2023-08-24",
    ),
    # the same list, the item of 22 August 2023: 'the next' plan and 'the airport's future' set no time: no deadline
    B(
        text="The Australian Government is working to ensure the next Archerfield Airport Master Plan delivers the best outcomes for the airport’s future, the local aviation industry and the surrounding community.",
        due=None,
        vague=False,
        said="2023-08-22 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_INFRA_KING_P47,
        published="2023-08-22",
    ),
    # the same list, the item of 17 August 2023: 'about to begin' is not one of the documented vague words: no deadline; unsure: 16 October 2023, end of day AEDT (read as 'soon', 60 days, vague)
    B(
        text="Work on the $1.6 million upgrade of Pipers River Bridge in northern Tasmania is about to begin to improve safety and ensure the bridge meets the growing needs of modern freight vehicles.",
        due=None,
        vague=False,
        said="2023-08-17 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_INFRA_KING_P47,
        published="2023-08-17",
    ),
    # the same list, the item of 16 August 2023: a review that 'has commenced': past
    B(
        text="The review of the National Freight and Supply Chain Strategy has commenced, following agreement with state and territory infrastructure and transport ministers.",
        due=None,
        vague=False,
        said="2023-08-16 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_INFRA_KING_P47,
        published="2023-08-16",
    ),
    # Met Office, syndicated article 'Met Office daily weather: Changeable conditions with rain, showers and cooler air' (the page shows no date line; its address and title date it Saturday 20 September 2025, read at 10:00 BST that day; the heading 'Outlook for Sunday' and the sentences with no time word are not quoted): rain forecast for 'Saturday', today, a one-off event at a time (CONVENTIONS 3.1): 20 September 2025, end of day BST; unsure: no deadline (a forecast's likelihood, CONVENTIONS 4.2)
    B(
        text="Saturday’s forecast carries some uncertainty, but the most likely scenario is a band of rain affecting parts of south-west England, Wales, northern England and south-east Scotland.",
        due="2025-09-20 22:59:59",
        vague=False,
        said="2025-09-20 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_METOFFICE_20SEP25,
        published="2025-09-20",
    ),
    # the same article: only a 'potential' rain 'later in the day' (CONVENTIONS 4.2): no deadline; unsure: 20 September 2025, end of day BST
    B(
        text="Elsewhere, Scotland and Northern Ireland can expect sunshine and showers, with the potential for these to merge into a longer spell of rain in the far north later in the day.",
        due=None,
        vague=False,
        said="2025-09-20 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_METOFFICE_20SEP25,
        published="2025-09-20",
    ),
    # the same article: 'at times' sets no time: no deadline
    B(
        text="It will be windy at times, particularly across some southern and western areas.",
        due=None,
        vague=False,
        said="2025-09-20 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_METOFFICE_20SEP25,
        published="2025-09-20",
    ),
    # the same article: cooler 'on Saturday', today: 20 September 2025, end of day BST
    B(
        text="Temperatures on Saturday will be a few degrees cooler across central and western regions, while the southeast could remain rather warm, most likely reaching 20–21°C, with a chance of local highs up to 23°C if skies stay clear.",
        due="2025-09-20 22:59:59",
        vague=False,
        said="2025-09-20 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_METOFFICE_20SEP25,
        published="2025-09-20",
    ),
    # the same article: 'Overnight', tonight, the night ending at 23:59:59 (the parser's docstring): 20 September 2025, end of day BST; unsure: dawn of Sunday 21 September 2025 (about 06:45 BST)
    B(
        text="Overnight, the band of cloud and rain is expected to clear south-eastwards, lingering over eastern and southeastern England by dawn.",
        due="2025-09-20 22:59:59",
        vague=False,
        said="2025-09-20 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_METOFFICE_20SEP25,
        published="2025-09-20",
    ),
    # the same article: 'a cooler night', tonight: 20 September 2025, end of day BST
    B(
        text="It will be a cooler night nationwide, with the possibility of an isolated air frost in rural Scotland.",
        due="2025-09-20 22:59:59",
        vague=False,
        said="2025-09-20 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_METOFFICE_20SEP25,
        published="2025-09-20",
    ),
    # the same article: 'On Sunday ... early in the day', read as the morning: 21 September 2025, 12:00 BST; unsure: 21 September 2025, end of day BST
    B(
        text="On Sunday, rain across much of England and Wales will clear eastwards early in the day, with strong winds possible along some North Sea coasts for a time.",
        due="2025-09-21 11:00:00",
        vague=False,
        said="2025-09-20 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_METOFFICE_20SEP25,
        published="2025-09-20",
    ),
    # the same article: 'as the day progresses', the day being the Sunday another sentence dates: event; unsure: 21 September 2025, end of day BST
    B(
        text="Winds will ease from the southwest as the day progresses.",
        due=None,
        vague=False,
        said="2025-09-20 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_METOFFICE_20SEP25,
        published="2025-09-20",
    ),
)
