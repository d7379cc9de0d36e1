"""A HUNDRED-AND-SEVENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC) between about 09:25 and 09:45 by the machine's clock, by
a labelling helper (branch issue12l107-s46) that neither changed, imported nor ran the parser,
working at the same time as other labellers of stop 46, whose claims in the shared claims file were
treated as used and whose files and README sections were not opened. It read `CONVENTIONS.md` in
full (rule 6.4 among them), the docstring, some comments and cases and the README section of
`blind_fresh104.py` as the model of form, and the top docstring of the parser package only (parts of
the day, the vague windows, weeks running Monday to Sunday, a range falling due at its later end);
nothing else of `bot/core/deadlines/` was opened. The brief asked for Ireland (Oireachtas debates
and written answers; gov.ie and state agencies under a stated open licence), the Northern Ireland
Assembly and the NI Executive departments, the Scottish Government and the Scottish Parliament, the
Senedd and the Welsh Government; no publisher above a fifth of the cases; parliamentary statements,
written answers, consultations, notices and schedules of business.

The set quotes two Dail written-answer pages of the Houses of the Oireachtas (5 May 2021, 16
November 2021), a Senedd Business Statement and Announcement (16 September 2025), two Welsh
Government written statements (3 September 2018; 16 April 2020), two Scottish Parliament business
motions (27 February 2019, 22 January 2020) and a page of its written answers (16 November 2021), a
Scottish Government consultation-hub list, a Northern Ireland Assembly education page and factsheet
on Assembly questions, a Department for Infrastructure (Northern Ireland) abandonment notice in The
Gazette (2 January 2019) and two Department of Health (Northern Ireland) news releases (18 January
2017, 2 September 2019): 86 cases from 8 publishers (the largest, the Houses of the Oireachtas,
holds 17, 19.8%; the Senedd 15, 17%; the Scottish Parliament 13; the Northern Ireland Assembly 13;
the Welsh Government 11; the Department of Health (NI) 11; the Scottish Government 4; the
Department for Infrastructure (NI) 2). None is from the United States.

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a period, a
span such as "(45 mins)", a year, "now", "today", "recent", "latest", "current", "ongoing",
"previous", "future", "always", "each week", "in advance", "during", "to date"); the sentences of the
openings read that hold none were skipped ("next item of business" and "followed by" were not
counted), as were titles, headings, date and status lines, navigation, labels before colons (the
words after "Oral Questions:" are quoted), list numbers ("24.", "1.") at the head of a quoted point,
contact lines, links and teasers cut off by the end of an opening or by "...More". No word was
changed: "Question Time..", "Businesss Office", the missing full stops of the Senedd's first sentence
and of the Gazette notice, and the dashes and curly quotes stay as the pages have them; the two
lines of each portfolio list of the Scottish business motions are joined with a space. The sentences
were found with a search over stored copies of public pages and taken as they came in the openings
the search returns, in page order. See README.md ("Hundred-and-seventh fresh blind set") for every
address, publisher and licence. Every address was checked with the lead's `fresh_check.py` (the
address and a distinctive phrase) and claimed (`fresh107`) in `/work/helper-brief/claims.txt`
before a quote was taken; many pages the searches offered were found used and dropped (Oireachtas
written answers of 23 June 2020, 12 December 2018, 20 June 2018, 9 October 2019, 7 October 2020
and 1 July 2021, Oireachtas Questions on Promised Legislation of 28 November 2019, Senedd Business
Committee minutes, the Welsh Government's 2011 referendum statement and a release carried by
wired-gov.net, a Scottish Parliament business motion of 1 September 1999, several
consult.gov.scot lists, nidirect's road-closures page, a Department of Health (NI) item of 1 July
2020 and one of 23 December 2016). Every sentence was then checked whole with the same tool
(skipping this file): eight lines of business schedules were found used (stock wording such as
"2.00 pm Time for Reflection", "5.00 pm Decision Time", "Time allocated to the Welsh Conservatives
(60 mins)") and dropped; the rest were fresh. One claimed page (Oireachtas written answers of 13
January 2021) was read and left unquoted: its opening holds no sentence with a time word. Each label
was worked out by hand from the words, the publication date and the publisher's zone; the
conversion of local instants to UTC wall time, the weekdays and the day counts were done with
Python's zoneinfo and datetime in a scratch script outside the repository, never with code of the
project. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched
these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh104.py`: the publisher's zone (Ireland Europe/Dublin; Scotland, Wales and Northern
Ireland Europe/London); the publication date at 10:00 local, and where a page carries no date in
its opening, the one its words or other facts give (each page's first comment says which and why;
the two Northern Ireland Assembly pages and the Scottish Government list are labelled so that no
label depends on the day); a day falls due at 23:59:59 local; a range, a list or a schedule falls
due at its later end (CONVENTIONS 1.1, 6.1); a clock time with no day of its own is the first such
time after the moment, the page's day written in the comment (CONVENTIONS 6.3); the present with
"today" falls due that day (CONVENTIONS 2.1); done acts are past (CONVENTIONS 2.4); an item of
business given only its allotted minutes, with no day in the words, is event (CONVENTIONS 1.3), as
is a window given only by another sentence ("within the period above"); standing rules of procedure
("each week", "by Tuesday at 1pm", "until Thursday lunchtime") are recurring (CONVENTIONS 1.3);
"from this week onwards" and work starting "now" are earliest (CONVENTIONS 3.2); "in the coming
weeks" takes the documented 4 weeks, "shortly" 60 days, "in the months ahead" the 3 months of "the
coming months", all vague (CONVENTIONS 5.1); a sentence whose time words set no time for any act
("recent", "latest", "future", a year in an Act's or a debate's name) has `due=None` and no refusal
word. Clusters as in `blind_fresh104.py`: 1 no time set, 2 clock times, 3 ranges and several dates,
4 parts of the day, periods and vague windows, 5 refusals, 6 plain days and dates. 52 labels are
refusals (past 17, event 17, recurring 16, earliest 2), 3 are vague; 9 labels are marked "unsure"
and name the other reading; like every label here they stay as committed, whatever the first run
shows. First run: not yet taken (the lead runs it once, after merging, and records it in
README.md). Never edit these labels to fit the parser.

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 15 case(s) removed, Senedd material (Senedd Commission terms: re-use on application only); 71 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".

Licence audit of stop 50 (NI Assembly, Welsh Government, Scottish Parliament; branch lic50-s50): 13 case(s) removed, Northern Ireland Assembly material (no statement of the Assembly's own terms found in the store: unclear); 58 remain. See README.md

Licence audit of stop 50 (NI Assembly, Welsh Government, Scottish Parliament; branch lic50-s50): 11 case(s) removed, Welsh Government material (gov.wales: no statement of its own terms found in the store; the only Welsh Government statement found, wefo.gov.wales, grants the Open Government Licence but forbids commercial use without permission: unclear); 47 remain. See README.md

Licence audit of stop 50 (NI Assembly, Welsh Government, Scottish Parliament; branch lic50-s50): 13 case(s) removed, Scottish Parliament material (Scottish Parliament Copyright Licence, https://parlamaid-alba.scot/about/copyright: no use in connection with party political purposes or advertising endorsement, a restriction of purpose: not open); 34 remain. See README.md
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_OIR1 = "https://www.oireachtas.ie/en/debates/question/2021-11-16/section/44/"
_OIR2 = "https://www.oireachtas.ie/en/debates/question/2021-05-05/section/31/"
_SEN = "https://senedd.wales/archive/business-statements/business-statement-and-announcement-16-09-2025"
_WG18 = "https://gov.wales/written-statement-responses-draft-legislation-wales-bill-consultation"
_WG20 = "https://gov.wales/written-statement-review-health-protection-coronavirus-restrictions-wales-2020"
_SP19 = "https://www.parliament.scot/chamber-and-committees/official-report/search-what-was-said-in-parliament/meeting-of-parliament-27-02-2019?iob=108170&meeting=11963"
_SP20 = "https://www.parliament.scot/chamber-and-committees/official-report/search-what-was-said-in-parliament/meeting-of-parliament-22-01-2020?iob=112763&meeting=12471"
_SPWA = "https://www.parlamaid-alba.scot/chamber-and-committees/questions-and-answers?page=4370"
_NIAE = "https://education.niassembly.gov.uk/post_16/the_work_of_the_assembly/scrutinise/committees/questions"
_NIAL = "http://archive.niassembly.gov.uk/io/leaflets/leaflet_07_assembly_questions.htm"
_DFI = "https://www.thegazette.co.uk/notice/3182988"
_SG = "https://consult.gov.scot/consultation_finder/?b_start=0&sort_on=iconsultable_enddate&sort_order=descending"
_DOH17 = "https://www.health-ni.gov.uk/news/consultation-criteria-reconfiguring-hsc-services-extended-until-3-february-2017"
_DOH19 = "https://www.health-ni.gov.uk/news/public-consultations-conclude-reshaping-services"

FRESH107_CASES: tuple[BlindCase, ...] = (
    # Houses of the Oireachtas, Dail written answers of Tuesday 16 November 2021 (Taoiseach, Nos. 20-24); zone Europe/Dublin, said at 10:00 local on the answer day: a first publication in 2014 and what it has done since, all told of the past: past
    B(
        text="Since it was first published in 2014, it has provided an overview of strategic risks and highlighted risks, such as Brexit, housing and pandemics.",
        due=None,
        vague=False,
        said="2021-11-16 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR1,
        published="2021-11-16",
    ),
    # the same page: published in July (2021) and laid: done acts, past
    B(
        text="A new draft National Risk Assessment was published for consultation in July, and laid before the Oireachtas.",
        due=None,
        vague=False,
        said="2021-11-16 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR1,
        published="2021-11-16",
    ),
    # the same page: 'previous' describes risks and sets no time for any act: due None, no refusal word (as fresh104 reads 'recent', 'latest')
    B(
        text="New or previous risks outlined in the draft that was published for consultation include economic scarring and digital exclusion, as well as the heightened risk to social cohesion given the uneven impact of the pandemic.",
        due=None,
        vague=False,
        said="2021-11-16 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR1,
        published="2021-11-16",
    ),
    # the same page: 'in the coming weeks' on the promised publication: vague, the documented 4 weeks from 16 November (CONVENTIONS 5.1); '2021/2022' names the assessment [local due 2021-12-14 23:59:59 Europe/Dublin]
    B(
        text="Work is well advanced on finalising the National Risk Assessment 2021/2022, which will be published in the coming weeks.",
        due="2021-12-14 23:59:59",
        vague=True,
        said="2021-11-16 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_OIR1,
        published="2021-11-16",
    ),
    # the same page: a question (its list number '24.' left out as a marker); 'most recent' sets no time for any act: due None, no refusal word
    B(
        text="Deputy Bernard J. Durkan asked the Taoiseach the extent to which progress was made at the most recent European Council meeting with particular reference to the most pressing issues. [52868/21]",
        due=None,
        vague=False,
        said="2021-11-16 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR1,
        published="2021-11-16",
    ),
    # the same page: a meeting attended on 21/22 October, before the answer of 16 November: past
    B(
        text="I attended a meeting of the European Council on 21/22 October in Brussels.",
        due=None,
        vague=False,
        said="2021-11-16 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR1,
        published="2021-11-16",
    ),
    # Houses of the Oireachtas, Dail written answers of Wednesday 5 May 2021 (Taoiseach, Nos. 12-13); zone Europe/Dublin, said at 10:00 local (IST): a question (list number left out); 'most recent', 'recent' set no time for any act: due None, no refusal word
    B(
        text="Deputy Neale Richmond asked the Taoiseach the status of his most recent communications with the Northern Ireland First and Deputy First Ministers following recent events in Northern Ireland. [19970/21]",
        due=None,
        vague=False,
        said="2021-05-05 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR2,
        published="2021-05-05",
    ),
    # the same page: a question asking whether he will report, with no time for the report; 'recent' describes the engagements: due None, no refusal word
    B(
        text="Deputy Peadar Tóibín asked the Taoiseach if he will report on his recent engagements with the First Minister of Northern Ireland. [20478/21]",
        due=None,
        vague=False,
        said="2021-05-05 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR2,
        published="2021-05-05",
    ),
    # the same page: a call made last Wednesday (28 April): past; 'would be stepping down' is reported and undated
    B(
        text="I spoke with First Minister Arlene Foster last Wednesday to wish her well after her announcement that she would be stepping down as First Minister of Northern Ireland and as leader of the DUP.",
        due=None,
        vague=False,
        said="2021-05-05 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR2,
        published="2021-05-05",
    ),
    # the same page: 'over the years' of a relationship told in the perfect: past
    B(
        text="I have had a positive working relationship with Arlene in a variety of roles over the years.",
        due=None,
        vague=False,
        said="2021-05-05 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR2,
        published="2021-05-05",
    ),
    # the same page: a period of service told in the perfect: past
    B(
        text="She has served during what has been a period of considerable change and challenge in Northern Ireland.",
        due=None,
        vague=False,
        said="2021-05-05 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR2,
        published="2021-05-05",
    ),
    # the same page: January 2020, told of the past: past
    B(
        text="The re-establishment of the Northern Ireland Executive in January 2020 with Arlene Foster as First Minister and Michelle O’Neill as deputy First Minister was a key development in supporting peace and stability for all the people of these islands.",
        due=None,
        vague=False,
        said="2021-05-05 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR2,
        published="2021-05-05",
    ),
    # the same page: 'the future' sets no time for any act: due None, no refusal word
    B(
        text="I send my best wishes to Arlene and her family for the future.",
        due=None,
        vague=False,
        said="2021-05-05 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR2,
        published="2021-05-05",
    ),
    # the same page: calls on 9 April, before the answer of 5 May: past
    B(
        text="On the 9th of April, I had phone calls with First Minister Arlene Foster and deputy First Minister Michelle O’Neill.",
        due=None,
        vague=False,
        said="2021-05-05 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR2,
        published="2021-05-05",
    ),
    # the same page: a discussion already held (on the calls of 9 April): past; 'current' describes the unrest
    B(
        text="We discussed the current unrest on the streets in Northern Ireland and related issues.",
        due=None,
        vague=False,
        said="2021-05-05 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR2,
        published="2021-05-05",
    ),
    # the same page: a done act; 'ongoing' describes the dialogue: past
    B(
        text="I stressed the need for ongoing dialogue and support for the peace process and the institutions of the Good Friday Agreement.",
        due=None,
        vague=False,
        said="2021-05-05 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR2,
        published="2021-05-05",
    ),
    # the same page: a statement published on 8 April and welcomed: past
    B(
        text="I also welcomed the Statement from the Northern Ireland Executive published on 8th April condemning the violence and unrest on the streets.",
        due=None,
        vague=False,
        said="2021-05-05 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR2,
        published="2021-05-05",
    ),
    # Department for Infrastructure (Northern Ireland) abandonment notice, Finvoy Street, Belfast, in The Gazette (notice 3182988), published 2 January 2019 (the first day of the period it opens); zone Europe/London, said at 10:00 local: an inspection window from 2 to 11 February 2019: due at its later end, the end of the day (no closing clock time is given) (CONVENTIONS 1.1, 6.1); no full stop on the page. unsure: 'during office hours' could be read as the office's closing time on 11 February [local due 2019-02-11 23:59:59 Europe/London]
    B(
        text="The area of alleyway proposed to be abandoned is delineated on a map which, together with a copy of a draft order, may be inspected free of charge during office hours within the period 2nd January 2019 to 11th February 2019 at DfI Roads and Rivers Eastern Division, Annexe 7, Castle Buildings, Stormont Estate, Upper Newtownards Road, Belfast, BT4 3SQ or viewed online at www.infrastructure-ni.gov.uk/consultations",
        due="2019-02-11 23:59:59",
        vague=False,
        said="2019-01-02 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_DFI,
        published="2019-01-02",
    ),
    # the same page: 'within the period above' is given only by the sentence before; read from this sentence alone the window hangs on an undated referent: event. unsure: a careful reader could give due None with no refusal word [page: 11 February 2019]
    B(
        text="Any person may, within the period above, object to the proposal by writing to the Department at the address above or emailing lands.eastern@infrastructure-ni.gov.uk stating the grounds of the objection.",
        due=None,
        vague=False,
        said="2019-01-02 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_DFI,
        published="2019-01-02",
    ),
    # Scottish Government consultation hub, list of consultations by end date; undated opening: dated 1 March 2021 (its newest items are consultations of early 2021); every label is past or undated whatever the day; teasers cut off by '...More' were skipped; zone Europe/London: Royal Assent on 1 October 2020: past
    B(
        text="The Children (Scotland) Act 2020 (the 2020 Act) gained Royal Assent on 1 October 2020.",
        due=None,
        vague=False,
        said="2021-03-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SG,
        published="2021-03-01",
    ),
    # the same page: years in Acts' names, 'existing': due None, no refusal word
    B(
        text="The 2020 Act builds on the existing Children (Scotland) Act 1995 (the 1995 Act).",
        due=None,
        vague=False,
        said="2021-03-01 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SG,
        published="2021-03-01",
    ),
    # the same page: '2019' names an Act and 'future' sets no time for any act: due None, no refusal word
    B(
        text="Introduced by the Planning (Scotland) Act 2019 these plans will set out a community’s aspirations for its future development.",
        due=None,
        vague=False,
        said="2021-03-01 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SG,
        published="2021-03-01",
    ),
    # the same page: '2020-21' names the programme; no time is set for establishing the office: due None, no refusal word. unsure: a careful reader could take the programme's year as the deadline (its end)
    B(
        text="The Scottish Government's Programme for Government 2020-21 commits the Government to establishing a Patient Safety Commissioner for Scotland.",
        due=None,
        vague=False,
        said="2021-03-01 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SG,
        published="2021-03-01",
    ),
    # Department of Health (Northern Ireland) news release of 18 January 2017; zone Europe/London, said at 10:00 local: the window is extended by two weeks from a close this sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could call the extension a done act, past (CONVENTIONS 2.4) [page: 3 February 2017]; the sentence stands twice on the page and is quoted once
    B(
        text="Health Minister Michelle O’Neill has extended the period of consultation on the criteria for reconfiguring health and social care services by a further two weeks at the request of the public.",
        due=None,
        vague=False,
        said="2017-01-18 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_DOH17,
        published="2017-01-18",
    ),
    # the same page: 'to date' describes a response so far and sets no time for any act: due None, no refusal word
    B(
        text="Speaking about the decision the Minister said: “I have been very pleased with the public response to the consultation to date.",
        due=None,
        vague=False,
        said="2017-01-18 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DOH17,
        published="2017-01-18",
    ),
    # the same page: a schedule of meetings in January 2017: due at the month's end (CONVENTIONS 6.1); note number '1.' left out, the colon before the list as on the page [local due 2017-01-31 23:59:59 Europe/London]
    B(
        text="The remaining meetings in January 2017 are being held at:",
        due="2017-01-31 23:59:59",
        vague=False,
        said="2017-01-18 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DOH17,
        published="2017-01-18",
    ),
    # the same page: a meeting from 7pm to 9pm on 18 January: due at the later end (CONVENTIONS 6.1) [local due 2017-01-18 21:00:00 Europe/London]
    B(
        text="Ballymena, Adair Arms 18 January 2017, 7pm – 9pm",
        due="2017-01-18 21:00:00",
        vague=False,
        said="2017-01-18 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_DOH17,
        published="2017-01-18",
    ),
    # the same page: a meeting from 7pm to 9 pm on 19 January: due at the later end (CONVENTIONS 6.1) [local due 2017-01-19 21:00:00 Europe/London]
    B(
        text="North Down & Ards, Somme Centre, 19 January 2017, 7pm – 9 pm",
        due="2017-01-19 21:00:00",
        vague=False,
        said="2017-01-18 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_DOH17,
        published="2017-01-18",
    ),
    # the same page: a meeting from 7pm to 9 pm on 30 January: due at the later end (CONVENTIONS 6.1) [local due 2017-01-30 21:00:00 Europe/London]
    B(
        text="Newry, Canal Court Hotel, 30 January 2017, 7pm – 9 pm",
        due="2017-01-30 21:00:00",
        vague=False,
        said="2017-01-18 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_DOH17,
        published="2017-01-18",
    ),
    # Department of Health (Northern Ireland) news release of 2 September 2019; zone Europe/London, said at 10:00 local (BST): 'following the conclusion' of consultations that have ended: past
    B(
        text="That is the message from the Department of Health following the conclusion of public consultations on reshaping stroke and breast assessment care.",
        due=None,
        vague=False,
        said="2019-09-02 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DOH19,
        published="2019-09-02",
    ),
    # the same page: work that starts 'now' with no end given: earliest, from the moment (CONVENTIONS 3.2). unsure: a careful reader could give due None with no refusal word, 'now' setting no time
    B(
        text="The Department will now examine the evidence submitted and decide on the best way forward.",
        due=None,
        vague=False,
        said="2019-09-02 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2019-09-02 09:00:00",
        cluster=5,
        source=_DOH19,
        published="2019-09-02",
    ),
    # the same page: 'always', a standing truth: recurring (as fresh104 reads 'constantly')
    B(
        text="There is always a difficult balance to be struck between accessibility and sustainability of services.",
        due=None,
        vague=False,
        said="2019-09-02 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DOH19,
        published="2019-09-02",
    ),
    # the same page: 'in the months ahead', read as 'the coming months': vague, 3 months from 2 September (CONVENTIONS 5.1) [local due 2019-12-02 23:59:59 Europe/London]
    B(
        text="The Department is planning further public consultations in the months ahead on the future of daycase surgery services and urgent and emergency care.",
        due="2019-12-02 23:59:59",
        vague=True,
        said="2019-09-02 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DOH19,
        published="2019-09-02",
    ),
    # the same page: ended on Friday 30 August, before the release of 2 September: past (note number '1.' left out)
    B(
        text="The public consultations on reshaping stroke and breast assessment care ended on Friday August 30.",
        due=None,
        vague=False,
        said="2019-09-02 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DOH19,
        published="2019-09-02",
    ),
)
