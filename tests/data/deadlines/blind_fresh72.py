"""A SEVENTY-SECOND fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-04 (UTC), in the afternoon (the machine's clock read 14:28 at
the start and about 14:40 when the labels were written), by a labelling helper (branch
issue12l72-s39) that neither changed nor ran the parser, working at the same time as other
labellers (their claims in the shared claims file were treated as used; the blind files
`blind_fresh69.py` and later and their README sections were not opened). It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstring, comments, some cases and README section of `blind_fresh68.py`, the docstring of
`blind_real.py`, and the docstring of the parser package only (for the parts of the day, the
morning ending at 12:00, the afternoon at 18:00 and the evening and "tonight" at the end of their
day, the vague windows, "a few weeks" and "the coming months", a definite phrase beating a vague
one, weeks running Monday to Sunday and "a date without a year is its next occurrence"); nothing
else of `bot/core/deadlines/` was opened. The brief allowed only public-domain or openly
licensed publishers, no one above a third of the cases, asked for at least eight publishers,
several genres and at least half of the cases from outside the United States, and this time
preferred press briefings and transcripts, ministerial statements and written answers. The set
quotes a White House press gaggle and a White House daily guidance and press schedule, a US
embassy message (Juba), Dáil questions and written answers, Dáil business motions and a
Taoiseach's opening statement to an Oireachtas committee, House of Commons business exchanges
of 1898, 1922 and 1924, a record of a Downing Street lobby briefing on the Commons business, a
Ministry of Defence press release, transcripts of two Russian Government Presidium meetings
chaired by the Prime Minister (2011 and 2012), an Australian Prime Minister's press conference
and the Australian Treasurer's media releases. As in the twenty-seventh set onwards, every
sentence quoted holds a time word of some kind (a date, a clock time, a day word, a part of the
day, a greeting's part of the day, a period, a span, a year, a season, "now", "current", "again",
"already", "recent", "recently", "once again", "as always", "from time to time", "at this
point", "at a time", "for now", "later", "not yet", "immediately", "imminently", "quickly", "as
soon as possible", "before", "after", "when", "then", "yesterday", "ago", "in the past",
"previously", "during", "final", "of short duration"); the sentences of the openings read that hold
none were skipped ("continue", "still", "temporary", "yet to be", "multi annual", "in the first
instance", "planned" and ordinals such as "second" or "15th Allotted Day" were not taken as time
words), as were titles, headings, date, release and reference lines, the carrying sites'
banners, navigation, share and copyright lines, speakers' names, labels and link lines
('Amharc ar fhreagra', 'Freagraí scríofa'), bracketed question references, contact lines, an
Irish-language paragraph, teasers cut off by '[…]' and lines cut off by the end of an opening.
A point of a list or of a schedule was taken as its own case. No word was changed: "she Irish
Local Government Bill", "Third Heading", "Second Beading", "During the the meeting", "It would
the second", "Moving to step two in most in a few weeks' time in June." and a subheading run into
a sentence ("Enforceable code provisions The Coalition Government has today released ...") stay
as the pages have them. The sentences were found with a search over stored copies of public
pages and taken as they came in the openings the search returns, in page order. See README.md
("Seventy-second fresh blind set") for every address, publisher and licence. No address listed
in README.md, in a README or file under `tests/data/` (the held-back and blind material the
brief names excepted, which the freshness tool skips) or in the shared claims file was used: each
was checked with the lead's `fresh_check.py` (the address and a distinctive phrase of the page)
and claimed (`fresh72`) in `/work/helper-brief/claims.txt` before a quote was taken; pages found
used were dropped (among them a State Department briefing of 16 July 2019 and one of 12 July
2007, a Nauert briefing of 26 April 2018, a Downing Street lobby record of 26 June 2007, an NZ
Hansard business statement of 15 February 2024, Lords written statements of 5 March 2009 and
Commons and Lords written-statement listings of 2018, White House gaggles of 10 January 2017
and 9 September 2009, a White House week-ahead of April 2011 and White House schedules of March
2010 and October 2016 carried by blogs and a newspaper, three UKPOL listing pages of 2025, Dáil written answers of 23 November 2017, a Dáil debate of 13
October 2005 on KildareStreet, a Scottish Parliament statement of 18 April 2023, Commons business of 9
November 1928, Dáil business motions of 2007, 2017 and 2019, a Kremlin executive order of
2016, Russian Government directives of April 2011 and a Commission Daily News of 29 June 2016).
Each label was worked out by hand from the words, the publication date and the publisher's zone;
the conversion of local instants to UTC wall time, the weekday checks and the day counts were
done with Python's zoneinfo and datetime in a scratch script outside the repository, never with
code of the project. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or
the tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh68.py`: the publisher's zone (the White House:
America/New_York; the embassy in Juba: Africa/Juba, UTC+3 in 2015; the Oireachtas:
Europe/Dublin; the House of Commons, Downing Street and the Ministry of Defence: Europe/London;
the Russian Government: Europe/Moscow, UTC+3 in February 2011 and UTC+4 in March 2012; the
Australian Prime Minister and Treasurer in Canberra: Australia/Sydney); the publication date at
10:00 local, except where the page gives its own moment (the gaggle's '11:33 A.M. EST', the
Russian Government pages' date and time lines); a day falls due at 23:59:59 local, "tonight",
"to-night" and an evening at the end of their day, an afternoon at 18:00 and a morning at 12:00
(the parser's docstring); a clock time without a zone word is in the publisher's zone on the day
the page or its sentence gives (the White House schedule's clock times on the Monday its heading
names, marked "unsure" where the day of release gives another instant); a weekday in a schedule
of "next week" is that week's day (marked "unsure" where the words are spoken on the same
weekday, so that the word read alone is the day of speaking); a range, a list, a schedule or
alternatives fall due at their later end; a clock time or a time word that the sentence hangs on
an event only another sentence dates, or no sentence dates ("the first day ... after we
re-assemble", "Then, if there is time", "after two hours" of proceedings) is `refusal='event'`;
a question, a suggestion to another member and a warning or possibility addressed to the reader
set no time (`due=None`, no refusal word) unless their only time words tell of the past; the
perfect or past tense with "today", "this week", "yesterday", "recently" or a date gone is
`refusal='past'` (CONVENTIONS 2.4); refusals have `due=None` and a `refusal` kind (past |
event | negated | earliest | recurring); a sentence whose time words set no time for any act
("now", "current", "again", "for now", "as always", "at this point", a greeting, amounts of time,
a day or year naming a thing, words not among the documented vague words such as "quickly",
"imminently" and "later") has `due=None` and no refusal word. Clusters as in `blind_fresh68.py`:
1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of the day and periods, 5
refusals, 6 plain days and dates. Labels marked "unsure" name the other reading; like every
label here they stay as committed, whatever the first run shows. First run: not yet taken (the
lead runs it once, after merging, and records it in README.md). Never edit these labels to fit
the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_WH_GAGGLE_21NOV14 = "https://obamawhitehouse.archives.gov/realitycheck/the-press-office/2014/11/21/press-gaggle-principal-deputy-press-secretary-eric-schultz"
_WH_GUIDANCE_3MAY10 = "https://chicago.suntimes.com/news/2010/5/3/18605013/president-obama-official-schedule-and-guidance-may-3-2010"
_USEMB_JUBA_9JUL15 = "https://ss.usembassy.gov/message-u-s-citizens-embassy-closure-july-9-2015/"
_OIR_TAOISEACH_11DEC18 = "https://www.oireachtas.ie/ga/debates/question/2018-12-11/section/6/"
_OIR_WA_4DEC18 = "https://www.oireachtas.ie/ga/debates/question/2018-12-04/section/499/"
_OIR_WA_15OCT19 = "https://www.oireachtas.ie/ga/debates/question/2019-10-15/section/462/"
_OIR_WA_14JUN22 = "https://www.oireachtas.ie/ga/debates/question/2022-06-14/section/361/"
_OIR_COMMITTEE_9JUL25 = "https://www.kildarestreet.com/committees/?gid=2025-07-09a.245"
_OIR_DAIL_BUSINESS_14JUN17 = "https://www.oireachtas.ie/en/debates/debate/dail/2017-06-14/4/"
_OIR_DAIL_BUSINESS_27JUN20 = "https://www.oireachtas.ie/ga/debates/debate/dail/2020-06-27/9/"
_PREMIER_PRESIDIUM_1MAR12 = "http://archive.premier.gov.ru/eng/events/news/18297/index.html"
_PREMIER_PRESIDIUM_10FEB11 = "http://archive.premier.gov.ru/eng/events/news/14116/index.html"
_AU_TREASURER_RELEASES_MAR19 = "http://jaf.ministers.treasury.gov.au/media-release/"
_PM_AU_PRESSCONF_29MAY20 = (
    "https://www.pm.gov.au/media/press-conference-australian-parliament-house-act-29may20"
)
_MOD_OSCE_30NOV23 = "https://www.ukpol.co.uk/tag/press-release/page/461"
_HANSARD_BUSINESS_25MAR98 = (
    "https://api.parliament.uk/historic-hansard/commons/1898/mar/25/course-of-business"
)
_HANSARD_BUSINESS_4AUG22 = (
    "http://api.parliament.uk/historic-hansard/commons/1922/aug/04/business-of-the-house"
)
_HANSARD_BUSINESS_24JUL24 = (
    "https://api.parliament.uk/historic-hansard/commons/1924/jul/24/business-of-the-house"
)
_PMOS_BUSINESS_20JUL06 = "https://downingstreetsays.com/?p=2958"

FRESH72_CASES: tuple[BlindCase, ...] = (
    # The White House, Office of the Press Secretary, 'Press Gaggle by Principal Deputy Press Secretary Eric Schultz', aboard Air Force One en route Las Vegas, 21 November 2014 (dated by its address; its own time line '11:33 A.M. EST' is taken as the moment of speaking, 16:33 UTC; the title, the place lines, the correction note, the sentences without a time word and the line cut off by the end of the opening are not quoted; zone America/New_York): a greeting's part of the day sets no time for any act
    B(
        text="Good morning.",
        due=None,
        vague=False,
        said="2014-11-21 16:33:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_GAGGLE_21NOV14,
        published="2014-11-21",
    ),
    # the same page: 'over two decades' and 'last night' tell of the past, and 'before we turn to Cecilia' only orders what the speaker does next: past; unsure: no time set (no refusal word)
    B(
        text="Before we turn to Cecilia, who has spent I believe over two decades working to achieve immigration reform in Washington -- and we’re very proud and lucky that she was part of this, she helped lead this effort that the President announced last night -- before we do that, I just want to do two quick things.",
        due=None,
        vague=False,
        said="2014-11-21 16:33:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_GAGGLE_21NOV14,
        published="2014-11-21",
    ),
    # the same page: 'last night' dates an act already done (the President's announcement of 20 November 2014): past
    B(
        text="One is, I hope you’ve seen that we have a letter that was written by 10 legal scholars from across the ideological spectrum supporting what the President did last night as legally sound, and writing that it is within the power of the executive branch.",
        due=None,
        vague=False,
        said="2014-11-21 16:33:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_GAGGLE_21NOV14,
        published="2014-11-21",
    ),
    # the same page: 'three-hour' is the length of a flight, no time for any act
    B(
        text="I actually have copies of that letter for you on this three-hour flight.",
        due=None,
        vague=False,
        said="2014-11-21 16:33:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_GAGGLE_21NOV14,
        published="2014-11-21",
    ),
    # the same page: 'earlier this morning' dates a release already made; 'over 10 years' and 'in 2014' belong to an estimate, no undertaking: past; unsure: no time set (no refusal word)
    B(
        text="I also want to draw your attention to the analysis released by the Council of Economic Advisers earlier this morning, which found that the President’s executive actions would boost economic output by an estimated .4 to .9 percent over 10 years, or increases in GDP of about $90 to $210 billion in 2014.",
        due=None,
        vague=False,
        said="2014-11-21 16:33:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_GAGGLE_21NOV14,
        published="2014-11-21",
    ),
    # the same page: 'for now' sets no time for any act
    B(
        text="There’s a lot of other good economic analysis in that report that I would draw your attention to, but for now, we’ll take your questions.",
        due=None,
        vague=False,
        said="2014-11-21 16:33:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_GAGGLE_21NOV14,
        published="2014-11-21",
    ),
    # US Department of State, U.S. Embassy Juba, 'Message for U.S. Citizens: Embassy Closure (July 9, 2015)' (dated by its title, as understood; a message issued the day before would give the same labels, every date in it being written out; the title, the line 'For further information on your travels:' and the after-hours telephone line are not quoted; zone Africa/Juba, UTC+3 in 2015): a closure over two days falls due at the later one (CONVENTIONS 6.1): 10 July 2015 at 23:59:59 local, 20:59:59 UTC
    B(
        text="This is to notify U.S. citizens that in compliance with local government directives, the U.S. Embassy in Juba will be closed on July 9 and 10 in observation of South Sudan’s Independence Day.",
        due="2015-07-10 20:59:59",
        vague=False,
        said="2015-07-09 07:00:00",
        tz="Africa/Juba",
        cluster=3,
        source=_USEMB_JUBA_9JUL15,
        published="2015-07-09",
    ),
    # the same page: a one-off event said to happen on a day (CONVENTIONS 3.1): 9 July 2015, 20:59:59 UTC
    B(
        text="A major deployment of host nation security forces is expected in conjunction with Independence Day on July 9th.",
        due="2015-07-09 20:59:59",
        vague=False,
        said="2015-07-09 07:00:00",
        tz="Africa/Juba",
        cluster=6,
        source=_USEMB_JUBA_9JUL15,
        published="2015-07-09",
    ),
    # the same page: delays expected on a day (CONVENTIONS 3.1): 9 July 2015, 20:59:59 UTC; unsure: no time set (a warning to the reader, no undertaking)
    B(
        text="Significant traffic delays should be expected on July 9 due to vehicle checkpoints and road closures.",
        due="2015-07-09 20:59:59",
        vague=False,
        said="2015-07-09 07:00:00",
        tz="Africa/Juba",
        cluster=6,
        source=_USEMB_JUBA_9JUL15,
        published="2015-07-09",
    ),
    # the same page: 9 July 2015, 20:59:59 UTC
    B(
        text="Embassy personnel will restrict embassy vehicle movements on July 9 for these reasons.",
        due="2015-07-09 20:59:59",
        vague=False,
        said="2015-07-09 07:00:00",
        tz="Africa/Juba",
        cluster=6,
        source=_USEMB_JUBA_9JUL15,
        published="2015-07-09",
    ),
    # the same page: a possibility, no undertaking (CONVENTIONS 4.2); unsure: vague 'the next few' evenings read as 'a few days', 7 days, 2015-07-16 20:59:59 UTC
    B(
        text="U.S. citizens should be aware of the possibility of celebratory gunfire occurring during hours of darkness over the next few evenings.",
        due=None,
        vague=False,
        said="2015-07-09 07:00:00",
        tz="Africa/Juba",
        cluster=1,
        source=_USEMB_JUBA_9JUL15,
        published="2015-07-09",
    ),
    # the same page: 'immediately' hung on an undated event ('In the event such gunfire does occur'): event (CONVENTIONS 5.2)
    B(
        text="In the event such gunfire does occur, shelter underneath a solid roof or other hardened structure should immediately be sought.",
        due=None,
        vague=False,
        said="2015-07-09 07:00:00",
        tz="Africa/Juba",
        refusal="event",
        cluster=5,
        source=_USEMB_JUBA_9JUL15,
        published="2015-07-09",
    ),
    # the same page: standing opening hours: recurring (CONVENTIONS 1.3)
    B(
        text="The U.S. Embassy in South Sudan is located on Kololo Rd next to the EU compound, and is open 8:00 a.m. to 5:00 p.m. on Monday through Thursday, and 8:00 a.m. to 1:00 p.m. on Friday (except on South Sudan and U.S. federal holidays).",
        due=None,
        vague=False,
        said="2015-07-09 07:00:00",
        tz="Africa/Juba",
        refusal="recurring",
        cluster=5,
        source=_USEMB_JUBA_9JUL15,
        published="2015-07-09",
    ),
    # Houses of the Oireachtas, Dáil Éireann, questions to the Taoiseach, 'Taoiseach's Meetings and Engagements', Questions 1 to 4 and oral answer, Tuesday 11 December 2018 (dated by its address and date line; the headings, the bracketed question references, the link lines 'Amharc ar fhreagra', 'Oral answers (37 contributions)', the sentences without a time word and the sentence cut off by the end of the opening are not quoted; zone Europe/Dublin, UTC+0 that day; said at 10:00 local): 'recently' with the perfect asks about meetings gone: past
    B(
        text="1. Deputy Michael Moynihan asked the Taoiseach if he has met church leaders recently.",
        due=None,
        vague=False,
        said="2018-12-11 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_TAOISEACH_11DEC18,
        published="2018-12-11",
    ),
    # the same page: 'recent meetings' with the perfect: past
    B(
        text="2. Deputy Mary Lou McDonald asked the Taoiseach if he has held recent meetings with representatives of churches and faith communities as part of the church-State structured dialogue process.",
        due=None,
        vague=False,
        said="2018-12-11 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_TAOISEACH_11DEC18,
        published="2018-12-11",
    ),
    # the same page: past
    B(
        text="3. Deputy Richard Boyd Barrett asked the Taoiseach if he has recently met church leaders.",
        due=None,
        vague=False,
        said="2018-12-11 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_TAOISEACH_11DEC18,
        published="2018-12-11",
    ),
    # the same page: the only time word ('recent meetings') tells of meetings gone; the report asked for has no time: past; unsure: no time set (no refusal word)
    B(
        text="4. Deputy Brendan Howlin asked the Taoiseach if he will report on his recent meetings with church leaders.",
        due=None,
        vague=False,
        said="2018-12-11 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_TAOISEACH_11DEC18,
        published="2018-12-11",
    ),
    # the same page: a yearless date that refers back (25 August 2018, the Pope's visit), with the past tense: past
    B(
        text="On 25 August, I met with Pope Francis during his visit to Dublin Castle.",
        due=None,
        vague=False,
        said="2018-12-11 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_TAOISEACH_11DEC18,
        published="2018-12-11",
    ),
    # the same page: 'of short duration' is the length of a past meeting, no time for any act; unsure: past
    B(
        text="The meeting provided an opportunity for us to discuss several issues, although, regrettably, not in any depth because it was of short duration.",
        due=None,
        vague=False,
        said="2018-12-11 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_TAOISEACH_11DEC18,
        published="2018-12-11",
    ),
    # the same page: a dated meeting gone: past
    B(
        text="On 22 January 2018, I met with representatives of the Church of Ireland, Presbyterian and Methodist Churches in a formal meeting under the structured dialogue process between the church and State.",
        due=None,
        vague=False,
        said="2018-12-11 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_TAOISEACH_11DEC18,
        published="2018-12-11",
    ),
    # the same page: past
    B(
        text="On 31 August 2017, I held a formal meeting under the structured dialogue process with representatives of the Catholic Church, led by Archbishop Eamon Martin.",
        due=None,
        vague=False,
        said="2018-12-11 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_TAOISEACH_11DEC18,
        published="2018-12-11",
    ),
    # Houses of the Oireachtas, Dáil Éireann, Written Answers Nos. 536-557, Tuesday 4 December 2018 (dated by its address and date line; the headings, the bracketed question references, the link and label lines ('Amharc ar fhreagra', 'Freagraí scríofa'), the sentences without a time word and the sentence cut off by the end of the opening are not quoted; zone Europe/Dublin, UTC+0; said at 10:00 local): a question asking 'when', no time set
    B(
        text="536. Deputy Kevin O'Keeffe asked the Minister for Agriculture, Food and the Marine when payment of the basic farm payment scheme will issue to a farmer (details supplied) in County Cork.",
        due=None,
        vague=False,
        said="2018-12-04 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_WA_4DEC18,
        published="2018-12-04",
    ),
    # the same page: '2018' names an application already submitted: past
    B(
        text="The person named submitted a 2018 Transfer of Entitlements application to my Department seeking the transfer of Basic Payment Scheme entitlements by way of gift as transferee.",
        due=None,
        vague=False,
        said="2018-12-04 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_WA_4DEC18,
        published="2018-12-04",
    ),
    # the same page: 'as soon as possible' as the Department's undertaking: vague, 60 days (CONVENTIONS 5.1): 2 February 2019 at 23:59:59 local, the same in UTC
    B(
        text="The Department is currently finalising the transfer application to facilitate payment under the Basic Payment Scheme as soon as possible.",
        due="2019-02-02 23:59:59",
        vague=True,
        said="2018-12-04 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_OIR_WA_4DEC18,
        published="2018-12-04",
    ),
    # the same page: 'early morning' names a kind of racing, no time for any act
    B(
        text="537. Deputy Anne Rabbitte asked the Minister for Agriculture, Food and the Marine if he has raised the issue of early morning greyhound racing with Bord na gCon; and if he will make a statement on the matter.",
        due=None,
        vague=False,
        said="2018-12-04 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_WA_4DEC18,
        published="2018-12-04",
    ),
    # the same page: '1958' dates an Act of the past: past
    B(
        text="Bord na gCon is a commercial state body, established under the Greyhound Industry act, 1958, chiefly to control greyhound racing and to improve and develop the greyhound industry.",
        due=None,
        vague=False,
        said="2018-12-04 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_WA_4DEC18,
        published="2018-12-04",
    ),
    # the same page: two starts said to happen in a month each (CONVENTIONS 3.1, 6.1), the later counts: the end of January 2019, 23:59:59 UTC; unsure: refusal 'earliest' at 2019-01-01 00:00:00 UTC (the start of an ongoing activity, CONVENTIONS 3.2)
    B(
        text="Bord na gCon has informed me that early morning racing will begin in December in Kilkenny Greyhound Stadium and in January 2019 in Kilcohan Park Greyhound Stadium in Waterford.",
        due="2019-01-31 23:59:59",
        vague=False,
        said="2018-12-04 10:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_OIR_WA_4DEC18,
        published="2018-12-04",
    ),
    # the same page: 'early morning' names meetings and 'time zones' names a thing: no time for any act
    B(
        text="The purpose of the early morning meetings is to provide greyhound racing to meet demand in international jurisdictions that operate in different time zones throughout Europe and elsewhere, in order to meet a demand from the IGB’s partner, SIS (Sports Information Services).",
        due=None,
        vague=False,
        said="2018-12-04 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_WA_4DEC18,
        published="2018-12-04",
    ),
    # Houses of the Oireachtas, Dáil Éireann, Written Answers Nos. 527-551, Tuesday 15 October 2019 (dated by its address and date line; the only sentence of the opening with a time word is quoted; the headings, question lines and link lines are not; zone Europe/Dublin, UTC+1 that day; said at 10:00 local, 09:00 UTC): 'as soon as possible' hung on an undated event ('Following the conclusion of the consultation process'): event (CONVENTIONS 5.2); unsure: vague 60 days, 2019-12-14 23:59:59 UTC
    B(
        text="Following the conclusion of the consultation process, the non-confidential versions of all submissions will be published, as soon as possible, on the Department’s website together with the outcome of the assessment.",
        due=None,
        vague=False,
        said="2019-10-15 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_OIR_WA_15OCT19,
        published="2019-10-15",
    ),
    # Houses of the Oireachtas, Dáil Éireann, Written Answers Nos. 427-446, Tuesday 14 June 2022 (dated by its address and date line; the headings, question lines without a time word, link lines and the sentence cut off by the end of the opening are not quoted; zone Europe/Dublin, UTC+1; said at 10:00 local, 09:00 UTC): 'at this point' sets no time for any act; unsure: refusal 'negated'
    B(
        text="The Government has no plans at this point to establish an ombudsman for older persons.",
        due=None,
        vague=False,
        said="2022-06-14 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_WA_14JUN22,
        published="2022-06-14",
    ),
    # the same page: a confirmation dated in the past, and years naming Acts: past
    B(
        text="The Glashaboy Flood Relief Scheme at Glanmire / Sallybrook, Cork was confirmed in January 2021 by the Minister for Public Expenditure and Reform under the Arterial Drainage Acts 1945 to 1995.",
        due=None,
        vague=False,
        said="2022-06-14 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_WA_14JUN22,
        published="2022-06-14",
    ),
    # the same page: '2030' and '2040' belong to the names of plans, no undertaking about the scheme: no time set; unsure: 2030-12-31 23:59:59 UTC (a plan running 'to 2030')
    B(
        text="The scheme is being funded from the €1.3 billion in flood relief measures under the National Development Plan to 2030, as part of Project Ireland 2040.",
        due=None,
        vague=False,
        said="2022-06-14 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_WA_14JUN22,
        published="2022-06-14",
    ),
    # the same page: the date belongs to a publication already made; 'will help' has no time: past; unsure: no time set (no refusal word)
    B(
        text="The Office of Government Procurement Inflation/Supply Chain Delay Co-operation Framework Agreement, published on 20th May 2022 will help address the appropriate inflationary costs.",
        due=None,
        vague=False,
        said="2022-06-14 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_WA_14JUN22,
        published="2022-06-14",
    ),
    # Houses of the Oireachtas, Joint Committee on Finance, Public Expenditure, Public Service Reform and Digitalisation, and Taoiseach, 'Engagement with the Taoiseach', the Taoiseach's opening statement, Wednesday 9 July 2025 (dated by its date line), as carried by KildareStreet.com (whose '2:00 am' line is the carrying site's and is not read as the time of speaking; the Irish-language paragraph, the headings, the sentences without a time word and the words cut off by the end of the opening are not quoted; zone Europe/Dublin, UTC+1; said at 10:00 local, 09:00 UTC): 'in recent years' with the perfect: past
    B(
        text="Both our economy and society have shown remarkable resilience in recent years despite what might seem like never-ending challenges.",
        due=None,
        vague=False,
        said="2025-07-09 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_COMMITTEE_9JUL25,
        published="2025-07-09",
    ),
    # the same page: 'a period' with the perfect tells of the past: past
    B(
        text="We have enjoyed a period of strong growth, with exceptional economic performance and job creation.",
        due=None,
        vague=False,
        said="2025-07-09 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_COMMITTEE_9JUL25,
        published="2025-07-09",
    ),
    # the same page: 'now' and 'at a time' set no time for any act
    B(
        text="We now find ourselves again at a time of considerable uncertainty.",
        due=None,
        vague=False,
        said="2025-07-09 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_COMMITTEE_9JUL25,
        published="2025-07-09",
    ),
    # Government of the Russian Federation, archive of the official site of Prime Minister Vladimir Putin (2008-2012), 'Prime Minister Vladimir Putin holds a Government Presidium meeting', transcript of the beginning of the meeting, 1 March 2012 (its own date and time line '1 march, 2012 15:30' is taken as the moment of speaking: Moscow was UTC+4 then, 11:30 UTC; the site's banner, the title, the 'Working Day' label, the summary sentence and the transcript sentences without a time word, the speaker's name and the line cut off by the end of the opening are not quoted; zone Europe/Moscow): a greeting's part of the day sets no time for any act
    B(
        text="Good afternoon, colleagues.",
        due=None,
        vague=False,
        said="2012-03-01 11:30:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_PREMIER_PRESIDIUM_1MAR12,
        published="2012-03-01",
    ),
    # the same page: a yearless date that refers back (27 February 2012) with the past tense: past
    B(
        text="On February 27, there was an explosion in a block of flats: there are dead and injured.",
        due=None,
        vague=False,
        said="2012-03-01 11:30:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_PREMIER_PRESIDIUM_1MAR12,
        published="2012-03-01",
    ),
    # the same page: 'Today' on the promised act (CONVENTIONS 2.1): the end of 1 March 2012 in Moscow, 19:59:59 UTC
    B(
        text="Today we will take a decision on allocating 350 million roubles for relocating these people.",
        due="2012-03-01 19:59:59",
        vague=False,
        said="2012-03-01 11:30:00",
        tz="Europe/Moscow",
        cluster=6,
        source=_PREMIER_PRESIDIUM_1MAR12,
        published="2012-03-01",
    ),
    # the same page: 'quickly' is not one of the documented vague words (CONVENTIONS 5.1) and names no window: no time set; unsure: vague 7 days as 'immediately', 2012-03-08 19:59:59 UTC
    B(
        text="I ask you to work on this quickly and tackle all these problems jointly with the leadership of the Astrakhan Region.",
        due=None,
        vague=False,
        said="2012-03-01 11:30:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_PREMIER_PRESIDIUM_1MAR12,
        published="2012-03-01",
    ),
    # Government of the Russian Federation, archive of the official site of Prime Minister Vladimir Putin (2008-2012), 'Prime Minister Vladimir Putin chairs a Government Presidium meeting', 10 February 2011 (its own date and time line '10 february, 2011 18:16' is taken as the moment of speaking: Moscow was UTC+3 then, 15:16 UTC; the site's banner, the title, the 'Working Day' label, the sentences without a time word, the speaker's name and the line cut off by the end of the opening are not quoted; 'During the the meeting' stays as the page has it; zone Europe/Moscow): 'During the meeting' and 'previously' tell of the past: past
    B(
        text="During the the meeting Vladimir Putin raised the issue of unreasonably high prices for oil products previously discussed at a meeting devoted to the fuel and energy sector in St Petersburg.",
        due=None,
        vague=False,
        said="2011-02-10 15:16:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_PREMIER_PRESIDIUM_10FEB11,
        published="2011-02-10",
    ),
    # the same page: 'in the past few days': past
    B(
        text="Deputy head of the Federal Antimonopoly Service, Andrei Tsyganov, said the prices for diesel fuel in the capital had dropped by between 50 kopeks and one rouble per litre in the past few days.",
        due=None,
        vague=False,
        said="2011-02-10 15:16:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_PREMIER_PRESIDIUM_10FEB11,
        published="2011-02-10",
    ),
    # the same page: a greeting, no time for any act
    B(
        text="Good afternoon.",
        due=None,
        vague=False,
        said="2011-02-10 15:16:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_PREMIER_PRESIDIUM_10FEB11,
        published="2011-02-10",
    ),
    # the same page: 'yesterday' and '2010' tell of the past: past
    B(
        text="As you know, yesterday we held a big conference on the performance of the fuel and energy sector in 2010.",
        due=None,
        vague=False,
        said="2011-02-10 15:16:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_PREMIER_PRESIDIUM_10FEB11,
        published="2011-02-10",
    ),
    # the same page: a discussion gone; '2011' only names goals: past; unsure: no time set (no refusal word)
    B(
        text="We discussed its problems and the goals for 2011.",
        due=None,
        vague=False,
        said="2011-02-10 15:16:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_PREMIER_PRESIDIUM_10FEB11,
        published="2011-02-10",
    ),
    # the same page: 'last year' dates an output gone; 'once again' is no time: past
    B(
        text="It is enough to mention how much was produced – 505 million tonnes last year – this makes Russia the world's leader in terms of production, and I'd like to emphasise that once again.",
        due=None,
        vague=False,
        said="2011-02-10 15:16:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_PREMIER_PRESIDIUM_10FEB11,
        published="2011-02-10",
    ),
    # Australian Government, the Treasurer's media releases (the listing page of the Treasurer's ministerial site), the release 'Taking action on the Banking, Superannuation & Financial Services Royal Commission' of 18 March 2019 (dated by its own date line; the stored copy runs its subheading into the sentence, and that stays; the titles, date lines and the teasers cut off by '[…]' are not quoted; zone Australia/Sydney for Canberra, UTC+11 that day; said at 10:00 local, 23:00 UTC the day before): the perfect with 'today' tells of an act done (CONVENTIONS 2.4): past
    B(
        text="Recommendation 1.15: Enforceable code provisions The Coalition Government has today released a consultation paper on making provisions of financial services industry codes of conduct more enforceable and providing both the regulator and consumers with more powers to hold financial services firms to account for misconduct.",
        due=None,
        vague=False,
        said="2019-03-17 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_TREASURER_RELEASES_MAR19,
        published="2019-03-18",
    ),
    # the same page, the release '$2.1 million to improve education outcomes for remote and regional Indigenous students' of 16 March 2019 (its own date line): 'current' sets no time for any act
    B(
        text="This new investment will build on the success of the current MITS program and its students.",
        due=None,
        vague=False,
        said="2019-03-15 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_TREASURER_RELEASES_MAR19,
        published="2019-03-16",
    ),
    # the same page, the release 'Government submission to Annual Wage Review' of 15 March 2019 (its own date line): the perfect with 'today' (CONVENTIONS 2.4): past
    B(
        text="The Coalition Government has today provided a submission to the independent Expert Panel of the Fair Work Commission as part of the Commission's Annual Wage Review, providing the Commission with factual information for the Panel to consider in determining a fair increase to minimum wages – consistent with the practice of previous governments.",
        due=None,
        vague=False,
        said="2019-03-14 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_TREASURER_RELEASES_MAR19,
        published="2019-03-15",
    ),
    # UK Ministry of Defence, press release 'Minister for Armed Forces calls out Russian aggression during OSCE Ministerial Council', 30 November 2023 (dated by the carrying site's line 'The press release issued by the Ministry of Defence on 30 November 2023', which is not quoted), as carried by UKPOL; a point of its list taken as its own case; the titles, the points and sentences without a time word, the speaker line and the line cut off by the end of the opening are not quoted; zone Europe/London, UTC+0): a meeting gone: past
    B(
        text="During the meeting, James Heappey addressed the Council to highlight the UK’s resolute support for Ukraine – urging a united approach.",
        due=None,
        vague=False,
        said="2023-11-30 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOD_OSCE_30NOV23,
        published="2023-11-30",
    ),
    # the same page: 'this week' with the past tense: past
    B(
        text="Minister for Armed Forces James Heappey travelled to Skopje, North Macedonia this week for the opening of the Organization for Security and Co-operation in Europe (OSCE) Ministerial Council.",
        due=None,
        vague=False,
        said="2023-11-30 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOD_OSCE_30NOV23,
        published="2023-11-30",
    ),
    # the same page: 'During the meeting' with the past tense: past
    B(
        text="During the meeting of the Ministerial Council, I made clear the UK’s support for Ukraine is resolute, and we continue to encourage our partners and allies to continue their support for Ukraine and condemnation of Putin’s barbaric actions.",
        due=None,
        vague=False,
        said="2023-11-30 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOD_OSCE_30NOV23,
        published="2023-11-30",
    ),
    # UK Parliament, House of Commons, 'Course of Business', HC Deb 25 March 1898 vol 55 cc926-8 (Friday; dated by its own reference line, which is not quoted, nor are the speakers' names and the question cut off by the end of the opening; 'she Irish Local Government Bill' stays as the page has it; zone Europe/London, UTC+0; said at 10:00 local): a question, no undertaking; unsure: refusal 'earliest' at Monday 28 March 1898, 00:00 UTC ('on and after')
    B(
        text="Can the Leader of the House give an indication of the order of the business to be taken on and after Monday next?",
        due=None,
        vague=False,
        said="1898-03-25 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HANSARD_BUSINESS_25MAR98,
        published="1898-03-25",
    ),
    # the same page: the promised act is the asking 'on Monday': Monday 28 March 1898, 23:59:59 UTC; unsure: 1898-04-19 23:59:59 UTC (the last of the sittings asked for, the 29th of March and the 5th and 19th of April)
    B(
        text="I will endeavour to satisfy the right hon. Gentleman, but I must first say that, with very great regret, I have come to the conclusion that on Monday I shall have to ask the House to give the Government three morning sittings on Tuesdays, on the 29th, the 5th, and the 19th.",
        due="1898-03-28 23:59:59",
        vague=False,
        said="1898-03-25 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HANSARD_BUSINESS_25MAR98,
        published="1898-03-25",
    ),
    # the same page: 'yesterday' is past and 'as soon as the Budget is brought in' hangs on an undated event: event (CONVENTIONS 5.2)
    B(
        text="As the House knows, there was rather a disappointment yesterday with the progress of Government business; and if we are to proceed with she Irish Local Government Bill as soon as the Budget is brought in, I am afraid that I must ask the House for these morning sittings to enable us to get through a certain number of Second Readings, including that of the Greek Loan Bill and that of my right hon. Friend the First Commissioner of Works—the Public Buildings Bill.",
        due=None,
        vague=False,
        said="1898-03-25 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HANSARD_BUSINESS_25MAR98,
        published="1898-03-25",
    ),
    # the same page: Monday 28 March 1898, 23:59:59 UTC
    B(
        text="When that Motion has been disposed of on Monday, the Second Reading of the Greek Loan will be taken, and that of the Public Buildings Bill will follow.",
        due="1898-03-28 23:59:59",
        vague=False,
        said="1898-03-25 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HANSARD_BUSINESS_25MAR98,
        published="1898-03-25",
    ),
    # the same page: 'Then', after business only the sentence before dates (Monday), and only 'if there is time': event; unsure: 1898-03-28 23:59:59 UTC
    B(
        text="Then, if there is time, we shall resume the discussion of the Prisons Bill.",
        due=None,
        vague=False,
        said="1898-03-25 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HANSARD_BUSINESS_25MAR98,
        published="1898-03-25",
    ),
    # the same page: Tuesday 29 March 1898, the morning's end (the parser's docstring), 12:00 UTC; unsure: 1898-03-29 23:59:59 UTC (the Commons' 'morning sittings' of the day ran into the evening)
    B(
        text="On Tuesday morning we shall take the Committee stage of the Greek Loan Bill, and, when that has been disposed of, the Committee on the Public Buildings Bill.",
        due="1898-03-29 12:00:00",
        vague=False,
        said="1898-03-25 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HANSARD_BUSINESS_25MAR98,
        published="1898-03-25",
    ),
    # the same page: Thursday 31 March 1898, 23:59:59 UTC
    B(
        text="On Thursday I hope to devote almost the whole day, especially if the Greek Loan Bill is disposed of, to a discussion of the Scotch Private Bill Procedure Bill.",
        due="1898-03-31 23:59:59",
        vague=False,
        said="1898-03-25 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HANSARD_BUSINESS_25MAR98,
        published="1898-03-25",
    ),
    # the same page: a schedule of two days falls due at its later one (CONVENTIONS 6.1): Monday 4 April 1898, 23:59:59 UTC (the Friday is 1 April: the words are spoken on a Friday, and the schedule runs on from the Thursday)
    B(
        text="On Friday we propose to get the Speaker out of the Chair on the Civil Service Estimates; and on Monday, 4th April, we shall hope to get the Second Reading of the Criminal Evidence Bill.",
        due="1898-04-04 23:59:59",
        vague=False,
        said="1898-03-25 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HANSARD_BUSINESS_25MAR98,
        published="1898-03-25",
    ),
    # the same page: the Tuesday after 'Monday, 4th April' of the sentence before, 5 April 1898, 23:59:59 UTC ('the morning sitting' names a sitting, not a part of the day); unsure: 1898-03-29 23:59:59 UTC (the next Tuesday from the day of speaking, the sentence read alone)
    B(
        text="On Tuesday, at the morning sitting, the Motion for adjournment over Easter will be made.",
        due="1898-04-05 23:59:59",
        vague=False,
        said="1898-03-25 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HANSARD_BUSINESS_25MAR98,
        published="1898-03-25",
    ),
    # the same page: a question, no undertaking; unsure: 1898-04-09 23:59:59 UTC (the day before Easter Sunday, 10 April 1898, CONVENTIONS 3.5)
    B(
        text="Are we to take the money Vote for the Irish Local Government Bill before Easter?",
        due=None,
        vague=False,
        said="1898-03-25 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HANSARD_BUSINESS_25MAR98,
        published="1898-03-25",
    ),
    # the same page: a suggestion addressed to another member, no undertaking of the speaker; unsure: Monday 28 March 1898, 23:59:59 UTC
    B(
        text="Perhaps the hon. Member will put that question down for Monday.",
        due=None,
        vague=False,
        said="1898-03-25 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HANSARD_BUSINESS_25MAR98,
        published="1898-03-25",
    ),
    # UK Parliament, House of Commons, 'Business of the House', HC Deb 04 August 1922 vol 157 c1894 (Friday; dated by its own reference line, which is not quoted; zone Europe/London, BST, UTC+1; said at 10:00 local, 09:00 UTC): a question, no undertaking; unsure: event (days after an undated re-assembling)
    B(
        text="It may be for the convenience of hon. Members if I ask the Leader of the House whether he can indicate what business the Government propose to take on the first day and the second day after we re-assemble.",
        due=None,
        vague=False,
        said="1922-08-04 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HANSARD_BUSINESS_4AUG22,
        published="1922-08-04",
    ),
    # the same page: times hung on an undated re-assembling and on 'later events': event
    B(
        text="The re-assembling of Parliament is a long way off, but perhaps the House will allow me to sketch out the first day's programme when we reassemble and I think the second day's business will have to be decided in the light of later events.",
        due=None,
        vague=False,
        said="1922-08-04 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HANSARD_BUSINESS_4AUG22,
        published="1922-08-04",
    ),
    # the same page: 'the first day' of an undated re-assembling: event
    B(
        text="On the first day I shall make the usual Motion to give the Government the time of the House.",
        due=None,
        vague=False,
        said="1922-08-04 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HANSARD_BUSINESS_4AUG22,
        published="1922-08-04",
    ),
    # the same page: 'Then', on the undated first day: event ('Second Beading' stays as the page has it)
    B(
        text="Then we shall take the Universities of Oxford and Cambridge Bill, Second Reading; the Report stage of the Agricultural Holdings (Scotland) Bill [Lords]; the Second Reading of the Agricultural Holdings Bill [Lords]; the Second Reading of the Measuring Instruments Bill, and I hope we shall be also able to take the Second Beading of the Summary Jurisdiction (Separation and Maintenance Bill).",
        due=None,
        vague=False,
        said="1922-08-04 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HANSARD_BUSINESS_4AUG22,
        published="1922-08-04",
    ),
    # Prime Minister's Office, 10 Downing Street, record of the lobby briefings, 'Forthcoming Business' (the Leader of the House's account of the business), Thursday 20 July 2006 (its own date line), as carried by Downing Street Says (the site's lines 'Briefing took place at 6:00', its copyright, search and navigation lines are not quoted, nor is the date line; zone Europe/London, BST, UTC+1; said at 10:00 local, 09:00 UTC): the dated day of the debate, Monday 24 July 2006, 22:59:59 UTC ('the next parliamentary session' is the Bill's course, undated)
    B(
        text='Giving details of the week before the recess, the Leader said that on Monday, July 24, John Hutton would lead for the Government on the second reading of the Welfare Reform Bill which, he said, would be treated as a "carry over" measure and continue through into the next parliamentary session.',
        due="2006-07-24 22:59:59",
        vague=False,
        said="2006-07-20 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_PMOS_BUSINESS_20JUL06,
        published="2006-07-20",
    ),
    # the same page: a standing time limit of a class of measures: recurring (CONVENTIONS 1.3)
    B(
        text='He pointed out that there was a one-year time limit for getting measures through under the "carry over" principle.',
        due=None,
        vague=False,
        said="2006-07-20 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_PMOS_BUSINESS_20JUL06,
        published="2006-07-20",
    ),
    # the same page: Tuesday 25 July 2006 (the next Tuesday, and the day after the Monday of the sentence before), 22:59:59 UTC
    B(
        text="On Tuesday, MPs would debate a motion on the retirement of the Clerk of the House, followed by Lords amendments to the Northern Ireland (Miscellaneous Provisions) Bill (David Hanson).",
        due="2006-07-25 22:59:59",
        vague=False,
        said="2006-07-20 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_PMOS_BUSINESS_20JUL06,
        published="2006-07-20",
    ),
    # the same page: 'the summer recess' names the adjournment, and 'final' orders the business: no time set; unsure: event (the last day of the week before the recess, dated by no sentence)
    B(
        text="The final business would be a Motion for the summer recess adjournment.",
        due=None,
        vague=False,
        said="2006-07-20 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_PMOS_BUSINESS_20JUL06,
        published="2006-07-20",
    ),
    # the same page: 9 October 2006, 22:59:59 UTC (BST)
    B(
        text="On the return of the House, October 9, MPs would debate remaining stages of the Road Safety Bill.",
        due="2006-10-09 22:59:59",
        vague=False,
        said="2006-07-20 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_PMOS_BUSINESS_20JUL06,
        published="2006-07-20",
    ),
    # the same page: 10 October 2006, 22:59:59 UTC
    B(
        text="The second reading of the Corporate Manslaughter and Corporate Homicide Bill would be on October 10.",
        due="2006-10-10 22:59:59",
        vague=False,
        said="2006-07-20 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_PMOS_BUSINESS_20JUL06,
        published="2006-07-20",
    ),
    # the same page: 'today' with the past tense tells of an act done: past
    B(
        text="This measure, which had been quite long in gestation, was introduced formally today.",
        due=None,
        vague=False,
        said="2006-07-20 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PMOS_BUSINESS_20JUL06,
        published="2006-07-20",
    ),
    # the same page: 'this session' sets no time for any act ('It would the second' stays as the page has it)
    B(
        text='It would the second "carry over" measure of this session.',
        due=None,
        vague=False,
        said="2006-07-20 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_PMOS_BUSINESS_20JUL06,
        published="2006-07-20",
    ),
    # UK Parliament, House of Commons, 'Business of the House', HC Deb 24 July 1924 vol 176 cc1523-4 (Thursday; dated by its own reference line, which is not quoted, nor are the speakers' names, the answer without a time word ('Not so far as I am aware.') and the line cut off by the end of the opening; 'Third Heading' stays as the page has it; zone Europe/London, BST, UTC+1; said at 10:00 local, 09:00 UTC): a question, no undertaking; unsure: 1924-07-24 22:59:59 UTC ('to-night')
    B(
        text="Would the Lord Privy Seal kindly state what is the business for next week, and what orders are to be taken to-night after 11 o'clock?",
        due=None,
        vague=False,
        said="1924-07-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HANSARD_BUSINESS_24JUL24,
        published="1924-07-24",
    ),
    # the same page: the lead-in to a week's schedule falls due at the week's end (CONVENTIONS 6.1; weeks run Monday to Sunday): Sunday 3 August 1924, 22:59:59 UTC
    B(
        text="The business for next week will be:—",
        due="1924-08-03 22:59:59",
        vague=False,
        said="1924-07-24 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HANSARD_BUSINESS_24JUL24,
        published="1924-07-24",
    ),
    # the same page, a point of the schedule: Monday 28 July 1924, 22:59:59 UTC
    B(
        text="Monday: Agricultural Wages Bill, Report and Third Heading; Irish Free State Land Purchase (Loan Guarantee), Money Resolution, in Committee of the Whole House.",
        due="1924-07-28 22:59:59",
        vague=False,
        said="1924-07-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HANSARD_BUSINESS_24JUL24,
        published="1924-07-24",
    ),
    # the same page: Tuesday 29 July 1924, 22:59:59 UTC
    B(
        text="Tuesday: Supply, Votes for the Colonial Office and Middle Eastern Services.",
        due="1924-07-29 22:59:59",
        vague=False,
        said="1924-07-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HANSARD_BUSINESS_24JUL24,
        published="1924-07-24",
    ),
    # the same page: Wednesday 30 July 1924, 22:59:59 UTC
    B(
        text="Wednesday: Supply, Vote for Ministry of Labour.",
        due="1924-07-30 22:59:59",
        vague=False,
        said="1924-07-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HANSARD_BUSINESS_24JUL24,
        published="1924-07-24",
    ),
    # the same page: the Thursday of next week, 31 July 1924, 22:59:59 UTC; unsure: 1924-07-24 22:59:59 UTC (the words are spoken on a Thursday: the day of speaking, the point read alone)
    B(
        text="Thursday: Supply, Navy Votes.",
        due="1924-07-31 22:59:59",
        vague=False,
        said="1924-07-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HANSARD_BUSINESS_24JUL24,
        published="1924-07-24",
    ),
    # the same page: the later of the two days of next week, Thursday 31 July 1924, at 10 o'clock of the evening sitting (the House sat from the afternoon to 11 p.m.), 22:00 BST, 21:00 UTC; unsure: 10:00 in the morning, 09:00 UTC
    B(
        text="On Wednesday and Thursday the Committee and Report stages, respectively, of all outstanding Votes in Supply will be put from the Chair at 10 o'clock.",
        due="1924-07-31 21:00:00",
        vague=False,
        said="1924-07-24 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HANSARD_BUSINESS_24JUL24,
        published="1924-07-24",
    ),
    # the same page: 'later' is no window of its own: no time set; unsure: the day before Friday 1 August 1924, 1924-07-31 22:59:59 UTC
    B(
        text="The business for Friday will be announced later.",
        due=None,
        vague=False,
        said="1924-07-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HANSARD_BUSINESS_24JUL24,
        published="1924-07-24",
    ),
    # the same page: 'to-night' on the promised act, the end of its day (the parser's docstring): 24 July 1924, 22:59:59 UTC ('Eleven o'Clock' names a rule)
    B(
        text="We shall ask the House to suspend the Eleven o'Clock Rule to-night in order to take Orders Nos. 2, 5 and 6 on the Paper.",
        due="1924-07-24 22:59:59",
        vague=False,
        said="1924-07-24 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HANSARD_BUSINESS_24JUL24,
        published="1924-07-24",
    ),
    # the same page: a question asking 'when', no time set
    B(
        text="Can the right hon. Gentleman say when the London Traffic Bill, as amended in another place, will be taken?",
        due=None,
        vague=False,
        said="1924-07-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HANSARD_BUSINESS_24JUL24,
        published="1924-07-24",
    ),
    # the same page: 'as soon as possible' as the Government's undertaking: vague, 60 days (CONVENTIONS 5.1): 22 September 1924 at 23:59:59 local (summer time had ended on 21 September), 23:59:59 UTC
    B(
        text="I am not able to state that; but as soon as possible.",
        due="1924-09-22 23:59:59",
        vague=True,
        said="1924-07-24 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HANSARD_BUSINESS_24JUL24,
        published="1924-07-24",
    ),
    # the same page: a question, no undertaking ('already' is past, 'before Supply is ended' an undated event); unsure: event
    B(
        text="Is it intended to present any further Supplementary Estimates, other than those already presented, before Supply is ended?",
        due=None,
        vague=False,
        said="1924-07-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HANSARD_BUSINESS_24JUL24,
        published="1924-07-24",
    ),
    # the same page: the only time word ('so long ago') tells of the past: past; unsure: no time set (a question, no refusal word)
    B(
        text="Is it the intention of the Government to take the Report stage of the Representation of the People Bill, which was dealt with so long ago in Committee?",
        due=None,
        vague=False,
        said="1924-07-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HANSARD_BUSINESS_24JUL24,
        published="1924-07-24",
    ),
    # the same page: a time denied (CONVENTIONS 4.1): negated
    B(
        text="I am afraid that there is no chance of returning to that subject before we rise in August.",
        due=None,
        vague=False,
        said="1924-07-24 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_HANSARD_BUSINESS_24JUL24,
        published="1924-07-24",
    ),
    # the same page: a question; 'now' and 'when' set no time
    B(
        text="Can the right hon. Gentleman say now when the House will rise?",
        due=None,
        vague=False,
        said="1924-07-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HANSARD_BUSINESS_24JUL24,
        published="1924-07-24",
    ),
    # the same page: 'not yet' sets no time for any act; unsure: refusal 'negated'
    B(
        text="I am not yet able to make an announcement on the point.",
        due=None,
        vague=False,
        said="1924-07-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HANSARD_BUSINESS_24JUL24,
        published="1924-07-24",
    ),
    # the same page: 'at this day's Sitting' dates the consideration the order allows: 24 July 1924, 22:59:59 UTC; unsure: no time set (a permission, 'may be considered')
    B(
        text="Ordered, That the Housing (Financial Provisions) (re-committed) Bill may be considered, at this day's Sitting, in Committee and, as amended, on re-committal by the House, notwithstanding the practice of the House with regard to the interval between the various stages of such a Bill.",
        due="1924-07-24 22:59:59",
        vague=False,
        said="1924-07-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HANSARD_BUSINESS_24JUL24,
        published="1924-07-24",
    ),
    # Prime Minister of Australia, transcript 'Press Conference - Australian Parliament House, ACT', 29 May 2020 (its own date line; the title, date and office lines, the speaker's name, the sentences without a time word and the sentence cut off by the end of the opening are not quoted; zone Australia/Sydney for Canberra, UTC+10; said at 10:00 local, 00:00 UTC, the transcript giving no time of its own): a greeting, no time for any act
    B(
        text="Good afternoon, everyone.",
        due=None,
        vague=False,
        said="2020-05-29 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_PM_AU_PRESSCONF_29MAY20,
        published="2020-05-29",
    ),
    # the same page: the perfect with 'today' (CONVENTIONS 2.4), 'in a fortnight', 'several months ago' and 'mid-March' tell of the past: past
    B(
        text="National Cabinet has met again today for the first time in a fortnight and if I could have the first slide, please, we're on track, and we're making progress, far sooner than we could have ever imagined several months ago when National Cabinet was first formed back in mid-March.",
        due=None,
        vague=False,
        said="2020-05-29 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM_AU_PRESSCONF_29MAY20,
        published="2020-05-29",
    ),
    # the same page: 'several weeks ago' and 'reviewed today' tell of the past: past
    B(
        text="The three-step plan that I outlined several weeks ago is now very much in implementation as you can see from the chart, which we reviewed today, that step one is done in all states and territories.",
        due=None,
        vague=False,
        said="2020-05-29 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM_AU_PRESSCONF_29MAY20,
        published="2020-05-29",
    ),
    # the same page: a move given 'in a few weeks' time in June': the month named counts over the vague span (the parser's docstring: a definite phrase beats a vague one), the end of June 2020, 23:59:59 local, 13:59:59 UTC; unsure: vague 4 weeks ('a few weeks'), 2020-06-26 13:59:59 UTC
    B(
        text="Moving to step two in most in a few weeks' time in June.",
        due="2020-06-30 13:59:59",
        vague=False,
        said="2020-05-29 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_PM_AU_PRESSCONF_29MAY20,
        published="2020-05-29",
    ),
    # the same page: 'again' and 'from time to time' set no time for any act
    B(
        text="I want to thank, again, all the Premiers and Chief Ministers, sure, from time to time there are points of difference and there are frustrations and there are things that I have no doubt that Australians would like to be moving faster than they are.",
        due=None,
        vague=False,
        said="2020-05-29 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_PM_AU_PRESSCONF_29MAY20,
        published="2020-05-29",
    ),
    # the same page: 'in the months that are ahead' says when work lies, with no undertaking to finish it: no time set; unsure: vague 3 months ('the coming months'), 2020-08-29 13:59:59 UTC
    B(
        text="The Premiers are getting on with that plan and we still have an enormous amount of work to do in the months that are ahead.",
        due=None,
        vague=False,
        said="2020-05-29 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_PM_AU_PRESSCONF_29MAY20,
        published="2020-05-29",
    ),
    # the same page: 'as always' sets no time for any act
    B(
        text="And that is to both manage, as always, and suppress, the virus, and to ensure that we can reopen our economy.",
        due=None,
        vague=False,
        said="2020-05-29 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_PM_AU_PRESSCONF_29MAY20,
        published="2020-05-29",
    ),
    # Houses of the Oireachtas, Dáil Éireann, 'Business of Dáil', Wednesday 14 June 2017 (dated by its address; the heading, the question without a time word and the reply 'Agreed.' are not quoted; zone Europe/Dublin, UTC+1; said at 10:00 local, 09:00 UTC): spans counted from proceedings whose start no sentence dates: event (CONVENTIONS 1.3)
    B(
        text="It is proposed, notwithstanding anything in Standing Orders, that No. 1, in relation to the proceedings on the nomination of Taoiseach, the following arrangements will apply: the speeches of a representative of the Government and of the parties and groups shall not exceed 15 minutes in each case; (ii) that all Members may share time; and (iii) that the proceedings shall be brought to a conclusion after two hours, whereupon the House shall stand suspended for four hours and all divisions demanded in the House following the suspension of sitting shall be taken manually.",
        due=None,
        vague=False,
        said="2017-06-14 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_OIR_DAIL_BUSINESS_14JUN17,
        published="2017-06-14",
    ),
    # Houses of the Oireachtas, Dáil Éireann, 'Gnó na Dála - Business of Dáil', Saturday 27 June 2020 (dated by its address; the heading and the sentence without a time word are not quoted; zone Europe/Dublin, UTC+1; said at 10:00 local, 09:00 UTC): 'imminently' is not one of the documented vague words (CONVENTIONS 5.1): no time set; unsure: vague 7 days as 'immediately', 2020-07-04 22:59:59 UTC
    B(
        text="We await the arrival of the Taoiseach and the members of the new Government, who will be joining us imminently.",
        due=None,
        vague=False,
        said="2020-06-27 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_DAIL_BUSINESS_27JUN20,
        published="2020-06-27",
    ),
    # the same page: 'this evening's' names the business whose arrangements are proposed now: no time set; unsure: 2020-06-27 22:59:59 UTC (the business falls this evening, CONVENTIONS 3.1)
    B(
        text="I call on the Government Chief Whip, Deputy Dara Calleary, to propose the arrangements for this evening's business.",
        due=None,
        vague=False,
        said="2020-06-27 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_DAIL_BUSINESS_27JUN20,
        published="2020-06-27",
    ),
    # the same page: a span counted from proceedings no sentence dates, and an adjournment 'on the conclusion of the proceedings': event (CONVENTIONS 1.3)
    B(
        text="It is proposed, notwithstanding anything in Standing Orders that in respect of the motion regarding the approval of the nomination of members of the Government, the proceedings in the motion should be brought to a conclusion after one hour and 40 minutes; speeches shall be confined to a single round with ten minutes for each party or group; all Members may share time, and the Dáil shall adjourn on the conclusion of the proceedings.",
        due=None,
        vague=False,
        said="2020-06-27 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_OIR_DAIL_BUSINESS_27JUN20,
        published="2020-06-27",
    ),
    # The White House, Office of the Press Secretary, 'Daily Guidance and Press Schedule for Monday, May 3, 2010', for immediate release May 2, 2010 (its own release line: said on 2 May at 10:00 local, 14:00 UTC), as carried by the Chicago Sun-Times (the carrying site's title, share line and later news teasers are not quoted, nor are the White House's headings, release line, the travel-pool list, the 'EDT' line, the place and press-access lines and the sentences without a time word; a point of the schedule is taken as its own case, and a clock time in it is read on the day the heading gives; zone America/New_York): 'Daily' names the briefing, no time for the act; unsure: 2010-05-04 03:59:59 UTC (the end of the Monday the schedule is for)
    B(
        text="The President will receive the Presidential Daily Briefing in the Oval Office.",
        due=None,
        vague=False,
        said="2010-05-02 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_GUIDANCE_3MAY10,
        published="2010-05-02",
    ),
    # the same page: the afternoon of Monday 3 May 2010 (the day the heading gives), its end at 18:00 local (the parser's docstring), 22:00 UTC; unsure: 2010-05-02 22:00:00 UTC (the afternoon of the day of release, the sentence read alone)
    B(
        text="In the afternoon, the President will deliver remarks at the Commander in Chief Trophy Presentation with the Naval Academy in the Rose Garden.",
        due="2010-05-03 22:00:00",
        vague=False,
        said="2010-05-02 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_WH_GUIDANCE_3MAY10,
        published="2010-05-02",
    ),
    # the same page: the evening of Monday 3 May 2010, the end of its day, 23:59:59 local, 03:59:59 UTC on 4 May; unsure: 2010-05-03 03:59:59 UTC (the evening of the day of release)
    B(
        text="In the evening, the President will host a dinner for the Business Council in the State Dining Room.",
        due="2010-05-04 03:59:59",
        vague=False,
        said="2010-05-02 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_WH_GUIDANCE_3MAY10,
        published="2010-05-02",
    ),
    # the same page, a point of the schedule: 09:30 EDT on 3 May 2010, 13:30 UTC
    B(
        text="9:30AM Pool Call Time",
        due="2010-05-03 13:30:00",
        vague=False,
        said="2010-05-02 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_WH_GUIDANCE_3MAY10,
        published="2010-05-02",
    ),
    # the same page: noon EDT on 3 May 2010, 16:00 UTC
    B(
        text="12:00PM THE PRESIDENT receives the Presidential Daily Briefing",
        due="2010-05-03 16:00:00",
        vague=False,
        said="2010-05-02 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_WH_GUIDANCE_3MAY10,
        published="2010-05-02",
    ),
    # the same page: 16:00 EDT on 3 May 2010, 20:00 UTC
    B(
        text="4:00PM THE PRESIDENT delivers remarks at the Commander in Chief Trophy Presentation with the Naval Academy",
        due="2010-05-03 20:00:00",
        vague=False,
        said="2010-05-02 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_WH_GUIDANCE_3MAY10,
        published="2010-05-02",
    ),
    # the same page: two clock times of one day fall due at the later (CONVENTIONS 6.1): 15:45 EDT on 3 May 2010, 19:45 UTC
    B(
        text="Open Press (Pre-set 3:00PM – Final Gather 3:45PM – North Doors of the Palm Room)",
        due="2010-05-03 19:45:00",
        vague=False,
        said="2010-05-02 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_WH_GUIDANCE_3MAY10,
        published="2010-05-02",
    ),
    # the same page: 18:45 EDT on 3 May 2010, 22:45 UTC
    B(
        text="6:45PM THE PRESIDENT hosts dinner for the Business Council",
        due="2010-05-03 22:45:00",
        vague=False,
        said="2010-05-02 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_WH_GUIDANCE_3MAY10,
        published="2010-05-02",
    ),
    # the same page: 13:00 EDT on 3 May 2010, 17:00 UTC
    B(
        text="1:00PM Briefing by Press Secretary Robert Gibbs",
        due="2010-05-03 17:00:00",
        vague=False,
        said="2010-05-02 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_WH_GUIDANCE_3MAY10,
        published="2010-05-02",
    ),
)
