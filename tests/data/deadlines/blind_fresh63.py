"""A SIXTY-THIRD fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-04 (UTC) by a labelling helper (branch issue12l63-s37b) that
neither changed nor ran the parser, working at the same time as the labeller of the sixty-fourth
set (whose claims were treated as used and whose file and README section were not opened). It
read `CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstring, comments, some cases and README section of `blind_fresh62.py`, and the docstring of
the parser package only (for the vague windows, "the coming days", the weeks running Monday to
Sunday and "after"/"from" giving only a start); nothing else of `bot/core/deadlines/` was opened.
The brief asked for at least eight publishers, no one above a third of the cases, several genres
and at least half of the cases from outside the United States, and preferred parliamentary
records (Hansard written answers and debates, the Oireachtas, the Scottish Parliament, the
Senedd, the New Zealand Parliament) and government departments' news releases, with several
pages in English-speaking zones other than London's. The set quotes Senedd written questions
and answers (2014 to 2023), New Zealand House of Representatives oral questions (2003 to 2025,
as carried by Scoop, Wikisource and a news-feed site), two MerrionStreet.ie release listings of
the Irish Government, UK Parliament records (a House of Lords written answer of 2019, a written
answer of 1961 and three House of Commons Order Book papers), a press release of the Prime
Minister's Office (as carried by UKPOL), a Dáil written answer, a list of media releases of the
Australian Minister for Infrastructure and a New Zealand Cabinet paper released by the
Parliamentary Counsel Office. None is from the United States.
As in the twenty-seventh set onwards, every sentence quoted holds a time word of some kind (a
date, a day word, a period, a span, a year in a name, "now", "currently", "still", "latest",
"recent", "previous", "already", "future", "when", "while", "until", "till", "during", "since",
"before", "after", "for the time being"); the sentences of the openings read that hold none
were skipped, as were titles, headings, date, 'Published', 'Answer received on' and 'issued by'
lines, speakers' and members' names and the addressees before a question's colon, question and
paragraph numbers and reference numbers in brackets ("(WAQ73205)", "[8808/19]", "(167054)"),
stock notes and preambles that recur page after page (the Senedd's rules on tabling and
answering times, already in `../articles/real/`; the Order Book's notes on its signs), a
lead repeated word for word under a release's points, an answer repeated word for word, site
notices, tables and lines cut off by the end of an opening or of an item. A point of a list was
taken as its own case; no word was changed (double spaces, a missing full stop, "intention
extend" and a member's name run into "asked" stay as the pages have them), and quotation marks
stay as the pages have them. The sentences were found with a search over stored copies of
public pages and taken as they came in the openings the search returns, in page order. See
README.md ("Sixty-third fresh blind set") for every address, publisher and licence. No address
listed in README.md, in a README or file under `tests/data/` or in the shared claims file was
used: each was checked against them (the address and a distinctive phrase of the page) and
claimed (`fresh63`) in `/work/helper-brief/claims.txt` before a quote was taken; pages already
used were dropped (see README.md). Each label was worked out by hand from the words, the date
and the publisher's zone; the conversion of local instants to UTC wall time, the weekday checks
and the day counts of the vague windows were done with Python's zoneinfo and datetime in a
scratch script outside the repository, never with code of the project. No run of
`parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these texts
before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh62.py`: the publisher's zone (the Senedd, the UK
Parliament and the Prime Minister's Office: Europe/London; the Irish Government and the
Oireachtas: Europe/Dublin; the New Zealand Parliament and Government: Pacific/Auckland; the
Australian Minister's office in Canberra: Australia/Sydney), and a day of an event abroad is
read in the publisher's zone too; `said` is 10:00 local on the day the words were given, as the
page shows it: a written question on the day it was tabled or asked, an answer on the day the
page says it was received or given, a sitting's words on the sitting day, a release on its
release day, a Cabinet paper on the day it was lodged and its release coversheet on the day of
release; an item of a release listing that shows no day of its own is read on the day of the
nearest item above it that does (the listings run newest first), and its "today" is that day;
a day falls due at 23:59:59 local (zoneinfo decides the offset); `earliest` is 00:00 local of
the first day allowed; a range or a window falls due at its later end; a week runs Monday to
Sunday; "as soon as possible" takes the parser's documented window of 60 days and "in the coming
days" that of 7 days; a time that the sentence hangs on an undated event or on a day another
line of the page dates ("during the pre-election period", "during the NATO conference", "till
your own side settles down", "on the date of issue of this paper", "before triggering the
obligations") is `refusal='event'`, and where the page dates it elsewhere the label is marked
"unsure" and names the instant; refusals have `due=None` and a `refusal` kind (past | event |
negated | earliest | recurring); a question is no undertaking, so a question's time words fall
due only where a rule says so (most tell of the past); a sentence whose time words set no time
for any act (a year in the name of an Act or a Budget, "now", "currently", "still", "latest",
"future", "for generations to come", "for the time being", an amount of hours worked) has
`due=None` and no refusal word. Labels marked "unsure" name the other reading; like every label
here they stay as committed, whatever the first run shows. First run: not yet taken (the lead
runs it once, after merging, and records it in README.md). Never edit these labels to fit the
parser.

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 27 case(s) removed, Senedd material (Senedd Commission terms: re-use on application only); 85 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 16 case(s) removed, Irish Government material without an open statement of its publisher (MerrionStreet, gov.ie pages of the Department of the Taoiseach and others, taoiseach.gov.ie, the Department of Housing); 69 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_SEN_WQ_23MAR17 = "https://senedd.wales/archive/written-questions/23-03-2017-written-assembly-questions-and-answers"
_SEN_WQ_6SEP17 = "https://senedd.wales/archive/written-questions/06-09-2017-written-assembly-questions-and-answers"
_SEN_WQ_18JUN14 = "https://senedd.wales/archive/written-questions/18-06-2014-written-assembly-questions-and-answers"
_SEN_WQ_11JUL17 = "https://senedd.wales/archive/written-questions/11-07-2017-written-assembly-questions-and-answers"
_SEN_WQ_6APR17 = "https://senedd.wales/archive/written-questions/06-04-2017-written-assembly-questions-and-answers"
_SEN_WQ_21JAN16 = "https://senedd.wales/archive/written-questions/21-01-2016-written-assembly-questions-and-answers"
_SEN_WQ_28MAR23 = "https://record.senedd.wales/OrderPaper/WrittenQuestions/28-03-2023/"
_NZ_OQ_23JUL25 = "https://www.scoop.co.nz/stories/PA2507/S00191/oral-questions-questions-to-ministers-sitting-date-23-july-2025.htm"
_NZ_OQ_10DEC24 = "https://scoop.co.nz/stories/PA2501/S00011/parliament-questions-and-answers-10-december-2024-continued-on-thursday-12-december-2024.htm"
_NZ_OQ_25JUN03 = (
    "https://m.scoop.co.nz/stories/PA0306/S00478/questions-of-the-day-transcript-wed-25-june.htm"
)
_NZ_OQ_6MAY03 = "http://www.scoop.co.nz/stories/PA0305/S00131.htm"
_NZ_OQ_5MAY04 = (
    "https://m.scoop.co.nz/stories/PA0405/S00075/questions-answers-for-oral-answer-5-may-2004.htm"
)
_NZ_OQ_12JUN19 = (
    "https://www.scoop.co.nz/stories/PA1906/S00095/parliament-questions-and-answers-june-12.htm"
)
_NZ_OQ_9MAR21 = (
    "https://en.wikisource.org/wiki/Page:New_Zealand_Parliament_Hansard_2021-03-09.pdf/21"
)
_NZ_OQ_12MAY21 = "https://livenews.co.nz/2021/05/12/parliament-hansard-report-wednesday-12-may-2021-volume-752-000647/"
_IE_MS_MAY20 = (
    "https://merrionstreet.ie/en/news-room/releases/?TB_iframe=true&height=921.6&pageNumber=563"
)
_IE_MS_MAR23 = "https://merrionstreet.ie/en/news-room/releases/?=pageNumber%3D36&pageNumber=58"
_UK_LWQ_29MAY19 = "https://www.parliament.uk/business/publications/written-questions-answers-statements/written-questions-answers/?page=1&max=20&questiontype=AllQuestions&house=lords&member=950"
_UK_WA_18JUL61 = (
    "https://api.parliament.uk/historic-hansard/written_answers/1961/jul/18/oxford-roads-inquiry"
)
_UK_OB_2SEP13 = "https://publications.parliament.uk/pa/cm201314/cmordbk1/130902w01.htm"
_UK_OB_20JUN03 = "https://publications.parliament.uk/pa/cm200203/cmordbk1/30620w01.htm"
_UK_OB_29FEB08 = "https://publications.parliament.uk/pa/cm200708/cmordbk1/80229w01.htm"
_NO10_PSR_11MAR25 = "https://www.ukpol.co.uk/tag/press-release/page/189"
_OIR_WA_19FEB19 = "https://www.oireachtas.ie/en/debates/question/2019-02-19/455/"
_AU_INFRA_JUL24 = "https://minister.infrastructure.gov.au/c-king?page=14"
_NZ_PCO_SEP19 = "http://www.pco.govt.nz/cabinet-paper-legislation-bill-implementation"

FRESH63_CASES: tuple[BlindCase, ...] = (
    # New Zealand House of Representatives, Oral Questions — Questions to Ministers, sitting date 23 July 2025, as carried by Scoop (the heading lines, the question's number and addressee, speakers' names and the site's notices are not quoted, nor sentences without a time word; zone Pacific/Auckland): the Minister for Regulation's answer; 'when ... too often' tells of a general state: no deadline
    B(
        text="However, it's hard to keep that national psyche going when New Zealanders too often find themselves bound by pointless and expensive compliance activity.",
        due=None,
        vague=False,
        said="2025-07-22 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_OQ_23JUL25,
        published="2025-07-23",
    ),
    # the same answer: rules 'that currently exist', a present state: no deadline
    B(
        text="That is why it is so important to have, within Government, a department that champions less red tape and regulation by removing unnecessary rules that currently exist, by vetting new proposals for laws, and upskilling the regulatory workforce right across Government.",
        due=None,
        vague=False,
        said="2025-07-22 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_OQ_23JUL25,
        published="2025-07-23",
    ),
    # the same exchange: 'recent examples' of a requirement got rid of ('every year' was the old rule): past
    B(
        text="To give three recent examples: we have got rid of what turned out to be the pointless requirement for councils to go and inspect every hairdresser every year.",
        due=None,
        vague=False,
        said="2025-07-22 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_23JUL25,
        published="2025-07-23",
    ),
    # the same exchange: thanks given 'at a recent Local Government New Zealand conference': past
    B(
        text="I was thanked by a prominent mayor and former member of this House for that very fact at a recent Local Government New Zealand conference.",
        due=None,
        vague=False,
        said="2025-07-22 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_23JUL25,
        published="2025-07-23",
    ),
    # New Zealand House of Representatives, Questions and Answers, sitting date 10 December 2024 (continued on 12 December), as carried by Scoop (question 1 to the Prime Minister; speakers' names, '[Interruption]' lines and sentences without a time word are not quoted; zone Pacific/Auckland): the Deputy Prime Minister's 'originally signed off': past
    B(
        text="Of course, to answer the second question first: the Minister who originally signed off, he signed off to a total purchase price of $400.1 million, which blew out to $3.2 billion on the way to $4 billion according to the Treasurer in both cases.",
        due=None,
        vague=False,
        said="2024-12-09 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_10DEC24,
        published="2024-12-10",
    ),
    # the same answer: 'when she cancelled the contract': past
    B(
        text="Minister Willis made the most compelling and brilliant decision when she cancelled the contract.",
        due=None,
        vague=False,
        said="2024-12-09 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_10DEC24,
        published="2024-12-10",
    ),
    # the same exchange, the Speaker: 'wait till your own side settles down', a wait until an undated event: event
    B(
        text="No, just wait till your own side settles down.",
        due=None,
        vague=False,
        said="2024-12-09 21:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_NZ_OQ_10DEC24,
        published="2024-12-10",
    ),
    # the same exchange, a supplementary question: 'will he now be open', a question, no undertaking: no deadline
    B(
        text="Did David Seymour's public disclosure of indicative costings for the new ferries contradict the wishes of the Prime Minister, the finance Minister, and the Minister for Rail; if so, will he now be open with New Zealand taxpayers, given the cat is out of the bag thanks to Seymour's indiscretion?",
        due=None,
        vague=False,
        said="2024-12-09 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_OQ_10DEC24,
        published="2024-12-10",
    ),
    # New Zealand House of Representatives, Questions for Oral Answer, Wednesday 25 June 2003, uncorrected transcript as carried by Scoop (the list of questions, speakers' names and sentences without a time word are not quoted; zone Pacific/Auckland): the Minister of Foreign Affairs and Trade's 'Last week I joined': past
    B(
        text="Last week I joined with Ministers from other countries at the ASEAN Regional Forum in Phnom Penh in condemning the actions of the military Government in Myanmar and demanding the release of Aung San Suu Kyi.",
        due=None,
        vague=False,
        said="2003-06-24 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_25JUN03,
        published="2003-06-25",
    ),
    # the same answer: 'the attack launched on her convoy on 30 May', a day gone: past
    B(
        text="I rejected his explanation that Aung San Suu Kyi was being held for her own safety, especially since the attack launched on her convoy on 30 May appears to have been orchestrated by the regime itself.",
        due=None,
        vague=False,
        said="2003-06-24 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_25JUN03,
        published="2003-06-25",
    ),
    # the same answer: 'I called ... for her immediate release', a demand told of the past (CONVENTIONS 5.3): past
    B(
        text="I called not only for her immediate release but also for the release of an estimated 1,200 other political prisoners held by the military regime.",
        due=None,
        vague=False,
        said="2003-06-24 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_25JUN03,
        published="2003-06-25",
    ),
    # New Zealand House of Representatives, Questions for Oral Answer, 6 May 2003, uncorrected transcript as carried by Scoop (the list of questions, question numbers and addressees, speakers' names and sentences without a time word are not quoted; zone Pacific/Auckland): a question on what the Prime Minister meant 'when she said' it: past
    B(
        text="What did she mean when she said “What everyone’s looking at is whether there is going to be a Franco/German/Russia linkup with good links through to the Chinese against what we have which looks like a small Anglo/American group—it shifts the whole dynamic”?",
        due=None,
        vague=False,
        said="2003-05-05 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_6MAY03,
        published="2003-05-06",
    ),
    # the same exchange, the Prime Minister: 'Speaking on 2 April, before going to Europe ... at that time': past
    B(
        text="Speaking on 2 April, before going to Europe, I was referring to the debate within Europe and the way in which international opinion among key players appeared to be divided at that time.",
        due=None,
        vague=False,
        said="2003-05-05 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_6MAY03,
        published="2003-05-06",
    ),
    # the same exchange: 'when push came to shove': past
    B(
        text="It is perfectly clear that when push came to shove at the Security Council, the US-UK view commanded four votes and the other view presumably commanded 11.",
        due=None,
        vague=False,
        said="2003-05-05 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_6MAY03,
        published="2003-05-06",
    ),
    # New Zealand House of Representatives, Questions for Oral Answer, 5 May 2004, uncorrected transcript as carried by Scoop (the transcript note, the list of questions, the question's number and addressee are not quoted; the Deputy Prime Minister's answer holds no time word; zone Pacific/Auckland): 'when it said': past
    B(
        text="Does he agree with the Waitangi Tribunal when it said, in respect of the foreshore and seabed, that claimants and the Crown agree: that the public generally should have access to the foreshore and seabed except where this causes harm; that it should not be sold; and that customary rights in the foreshore and seabed exist and need to be recognised and protected?",
        due=None,
        vague=False,
        said="2004-05-04 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_5MAY04,
        published="2004-05-05",
    ),
    # New Zealand House of Representatives, Questions and Answers, 12 June 2019 (dated by its title and address), as carried by Scoop (question 1, Māori education; the question's number and addressee, speakers' names and sentences without a time word are not quoted; zone Pacific/Auckland): 'last week, we announced': past
    B(
        text="Good news: last week, we announced that kōhanga reo will receive a $32 million funding boost to lift wages, pay volunteers, and improve and upgrade facilities.",
        due=None,
        vague=False,
        said="2019-06-11 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_12JUN19,
        published="2019-06-12",
    ),
    # the same answer: 'long-overdue' and 'never faltered' set no time: no deadline
    B(
        text="This announcement was about more than just funding; it was a long-overdue thankyou to the kaiako, the kaimahi, the nannies, the aunties, the mothers, the fathers, and the cousins whose commitment to kōhanga reo never faltered.",
        due=None,
        vague=False,
        said="2019-06-11 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_OQ_12JUN19,
        published="2019-06-12",
    ),
    # the same answer: 'just the start of the work we'll do' sets no time: no deadline
    B(
        text="This announcement shows our commitment to them and is just the start of the work we'll do together to achieve our shared aspirations.",
        due=None,
        vague=False,
        said="2019-06-11 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_OQ_12JUN19,
        published="2019-06-12",
    ),
    # the same exchange: 'Budget 2019' and 'the Government's stated 2021 minimum wage rate' name a Budget and a rate: no deadline; unsure: 31 December 2021, end of day NZDT (pay raised to the 2021 rate)
    B(
        text="Through Budget 2019, we'll be looking after the well-being of our kōhanga reo by providing $11 million for improvements to ICT capacity and capability and building upgrades and over $21 million to increase existing pay rates for kaiako and kaimahi to the Government's stated 2021 minimum wage rate and to maintain a level of existing relative pay rates of kaiako and kaimahi.",
        due=None,
        vague=False,
        said="2019-06-11 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_OQ_12JUN19,
        published="2019-06-12",
    ),
    # the same answer: people 'currently working as volunteers', a present state; the payment has no time: no deadline
    B(
        text="We'll pay kaiako and kaimahi currently working as volunteers in roles that would normally be remunerated.",
        due=None,
        vague=False,
        said="2019-06-11 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_OQ_12JUN19,
        published="2019-06-12",
    ),
    # New Zealand House of Representatives, Hansard of 9 March 2021, Oral Questions, page 1167, as transcribed on Wikisource (the answers before question 6 hold no time word; the question's number and addressee and speakers' names are not quoted; zone Pacific/Auckland): a question on the scheme 'announced in April last year': past
    B(
        text="How many of the 170 projects announced by the Government, as part of its shovel-ready scheme announced in April last year, if any, has construction not started on?",
        due=None,
        vague=False,
        said="2021-03-08 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_9MAR21,
        published="2021-03-09",
    ),
    # the same exchange, the Minister for Infrastructure: 'has now contracted' and 'has now commenced', done: past
    B(
        text="I’m happy to advise the member that, in fact, the Government has now contracted 205 infrastructure reference group (IRG) projects, for all of which initial design and planning work has now commenced.",
        due=None,
        vague=False,
        said="2021-03-08 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_9MAR21,
        published="2021-03-09",
    ),
    # the same answer: 'must start construction within 12 months of the contracted date', a standing condition for every project of the scheme (CONVENTIONS 1.3): recurring; unsure: event (the span runs from each project's undated contract)
    B(
        text="Part of the approval process for IRG projects is an expectation the projects must start construction within 12 months of the contracted date.",
        due=None,
        vague=False,
        said="2021-03-08 21:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_NZ_OQ_9MAR21,
        published="2021-03-09",
    ),
    # the same answer: 'Thus far, construction has started': past
    B(
        text="Thus far, construction has started on 49 projects.",
        due=None,
        vague=False,
        said="2021-03-08 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_9MAR21,
        published="2021-03-09",
    ),
    # the same answer: 'when we announced the funding': past
    B(
        text="It is important to note that when we announced the funding for the IRG projects, we were expecting mass unemployment and a need to create extra capacity in our construction sector.",
        due=None,
        vague=False,
        said="2021-03-08 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_9MAR21,
        published="2021-03-09",
    ),
    # New Zealand House of Representatives, Hansard report of Wednesday 12 May 2021 (question 5, infrastructure), as carried by a news-feed site (the source line, the question's number and addressee, speakers' names and sentences without a time word are not quoted; zone Pacific/Auckland): 'have not yet begun', a present state asked about: no deadline
    B(
        text="How many shovel-ready infrastructure projects have not yet begun construction, and what is the total number of shovel-ready projects?",
        due=None,
        vague=False,
        said="2021-05-11 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_OQ_12MAY21,
        published="2021-05-12",
    ),
    # the same exchange, the Minister for Infrastructure: 'in previous replies' is past, 'we’re making good progress' a present state: no deadline
    B(
        text="As I have said to the member in previous replies on this question, we’re making good progress.",
        due=None,
        vague=False,
        said="2021-05-11 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_OQ_12MAY21,
        published="2021-05-12",
    ),
    # the same answer: 'as at 31 March ... have started': past
    B(
        text="The very latest I’m able to tell him in the House is that as at 31 March, 115 Infrastructure Industry Reference Group (IRG) projects have started construction.",
        due=None,
        vague=False,
        said="2021-05-11 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_12MAY21,
        published="2021-05-12",
    ),
    # the same answer: 'during the month of March': past
    B(
        text="That’s an increase of 48 projects during the month of March.",
        due=None,
        vague=False,
        said="2021-05-11 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_12MAY21,
        published="2021-05-12",
    ),
    # the same answer: projects 'still undergoing due diligence', a present state: no deadline
    B(
        text="A total of 106 IRG projects have pre-construction work under way, such as consenting, design, and procurement, and there are 10 projects that are still undergoing due diligence or other contracting activity.",
        due=None,
        vague=False,
        said="2021-05-11 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_OQ_12MAY21,
        published="2021-05-12",
    ),
    # the same exchange, a supplementary question: projects listed 'a year ago': past
    B(
        text="What is the Minister’s definition of “shovel-ready”, given that the large number of projects he listed a year ago as shovel-ready have no shovels in the ground?",
        due=None,
        vague=False,
        said="2021-05-11 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_12MAY21,
        published="2021-05-12",
    ),
    # the same exchange, the Minister: 'in April last year' and 'within six months' in the statement then made: past
    B(
        text="As we’ve discussed previously in the House, when this work was first undertaken, in April last year, the statement made in the Cabinet paper that’s been released was that projects should be ready to go or near ready to go within six months.",
        due=None,
        vague=False,
        said="2021-05-11 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_12MAY21,
        published="2021-05-12",
    ),
    # the same answer: 'By the time we came to finalise the projects ... 12 months was seen': past
    B(
        text="By the time we came to finalise the projects, the construction environment was very different, the COVID environment was very different, Cabinet had progressed its thinking and 12 months was seen to be a more appropriate time frame.",
        due=None,
        vague=False,
        said="2021-05-11 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_OQ_12MAY21,
        published="2021-05-12",
    ),
    # UK Parliament, written questions and answers (House of Lords, a member's list, first item: asked on 14 May 2019, answered by Lord Henley on 29 May 2019; the site's introduction and the question's heading lines are not quoted; zone Europe/London): the question, read on the day it was asked: 'the future use of the site' sets no time: no deadline
    B(
        text="To ask Her Majesty's Government whether, in their discussions with Honda over the closure of their plant in Swindon, they have raised the possibility of the future use of the site and plant for the large-scale production of electric vehicles; and whether they would consider giving financial support to such a venture.",
        due=None,
        vague=False,
        said="2019-05-14 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UK_LWQ_29MAY19,
        published="2019-05-14",
    ),
    # the same item, the answer of 29 May 2019: a meeting 'on 18 February' ahead of an announcement 'on 19 February', both gone: past
    B(
        text="My rt. hon. Friend the Secretary of State for Business, Energy and Industrial Strategy met with the Honda Executives in London on 18 February, just ahead of Honda’s initial announcement to close its Swindon plant on 19 February.",
        due=None,
        vague=False,
        said="2019-05-29 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=3,
        source=_UK_LWQ_29MAY19,
        published="2019-05-29",
    ),
    # the same answer: 'for many years to come' sets no time: no deadline
    B(
        text="Through the taskforce we are determined to work together to ensure that Swindon continues its record of attracting investment from advanced manufacturers, maintaining and creating highly skilled jobs that offer fulfilling careers for many years to come.",
        due=None,
        vague=False,
        said="2019-05-29 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UK_LWQ_29MAY19,
        published="2019-05-29",
    ),
    # the same answer: 'future uses' sets no time: no deadline
    B(
        text="That will include engaging closely with parties interested in future uses of the site in Swindon owned by Honda.",
        due=None,
        vague=False,
        said="2019-05-29 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UK_LWQ_29MAY19,
        published="2019-05-29",
    ),
    # UK Parliament, Hansard (historic Hansard), written answers of 18 July 1961, 'Oxford Roads Inquiry' (the question's number and the member's name, run into 'asked' on the page, are not quoted; zone Europe/London): the question 'when he will announce his decision', a question, no undertaking: no deadline
    B(
        text="asked the Minister of Housing and Local Government and Minister for Welsh Affairs when he will announce his decision on the recommendations contained in Sir Frederick Armer's Report on the Oxford roads inquiry.",
        due=None,
        vague=False,
        said="1961-07-18 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UK_WA_18JUL61,
        published="1961-07-18",
    ),
    # the same item, the answer: 'no possibility of announcing my decision ... before the Recess', a time denied (CONVENTIONS 4.1): negated; unsure: event (the Recess is not dated)
    B(
        text="I regret I see no possibility of announcing my decision on the Oxford roads inquiry before the Recess.",
        due=None,
        vague=False,
        said="1961-07-18 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_UK_WA_18JUL61,
        published="1961-07-18",
    ),
    # UK Parliament, House of Commons Order Book, Part 1: Written Questions for Answer on Monday 2 September 2013 (the title lines, the stock notes on the signs *, +, [N] and [R], members' names, question numbers and reference numbers in brackets are not quoted; zone Europe/London): questions 'for answer on the date of issue of this paper', a day another line of the page dates: event; unsure: Monday 2 September 2013, end of day BST
    B(
        text="This paper contains only Written Questions for answer on the date of issue of this paper of which previous notice has been given in the Notices of Questions paper.",
        due=None,
        vague=False,
        said="2013-09-02 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_UK_OB_2SEP13,
        published="2013-09-02",
    ),
    # the same page: 'for answer on the date of this paper', as above: event; unsure: 2 September 2013, end of day BST
    B(
        text="For other Written Questions for answer on the date of this paper of which no previous notice has been given, see the Order Paper.",
        due=None,
        vague=False,
        said="2013-09-02 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_UK_OB_2SEP13,
        published="2013-09-02",
    ),
    # the same page: 'for answer on future days' sets no time: no deadline; unsure: earliest 3 September 2013 (only days after the paper's)
    B(
        text="For Written and Oral Questions for answer on future days, see Part 2 of this paper.",
        due=None,
        vague=False,
        said="2013-09-02 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UK_OB_2SEP13,
        published="2013-09-02",
    ),
    # the same page, question 1 to the Attorney General: 'pursuant to the Answer of 15 July 2013' and 'recent discussions': past
    B(
        text="To ask the Attorney General, pursuant to the Answer of 15 July 2013, Official Report, column 512W, on Crown Prosecution Service, what recent discussions he has had on the work of the Crown Prosecution Service.",
        due=None,
        vague=False,
        said="2013-09-02 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UK_OB_2SEP13,
        published="2013-09-02",
    ),
    # the same page, question 2: 'for the last month': past
    B(
        text="To ask the Attorney General, how many questions answered by the Law Officers' Departments included fewer than four pages of statistics in the Official Report for the last month.",
        due=None,
        vague=False,
        said="2013-09-02 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UK_OB_2SEP13,
        published="2013-09-02",
    ),
    # UK Parliament, House of Commons Order Book, Part 1: Written Questions for Answer on Friday 20 June 2003 (the title lines, stock notes, the day heading, members' names, numbers and reference numbers are not quoted; questions without a time word are skipped; zone Europe/London): questions 'for answer on Friday 20 June 2003', due to be answered that day: 20 June 2003, end of day BST; unsure: no deadline (the date only names which questions the page holds)
    B(
        text="Here you can browse the Written Questions for answer on Friday 20 June 2003, of which previous notice has been given in the Notices of Questions paper.",
        due="2003-06-20 22:59:59",
        vague=False,
        said="2003-06-20 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_UK_OB_20JUN03,
        published="2003-06-20",
    ),
    # the same page, question 1: 'in each year since 1996': past
    B(
        text="To ask the Minister for the Cabinet Office, how many ministers there were in his Department in each year since 1996.",
        due=None,
        vague=False,
        said="2003-06-20 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UK_OB_20JUN03,
        published="2003-06-20",
    ),
    # UK Parliament, House of Commons Order Book, Part 1: Written Questions for Answer on Friday 29 February 2008 (the title, members' names, numbers and reference numbers are not quoted; questions without a time word and the last, cut off, are skipped; zone Europe/London): questions 'for answer on Friday 29 February', due to be answered that day: 29 February 2008, end of day GMT
    B(
        text="This paper contains only Written Questions for answer on Friday 29 February of which previous notice has been given in the Notices of Questions paper.",
        due="2008-02-29 23:59:59",
        vague=False,
        said="2008-02-29 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_UK_OB_29FEB08,
        published="2008-02-29",
    ),
    # the same page: other questions 'for answer on Friday 29 February': 29 February 2008, end of day GMT; unsure: no deadline (a pointer to another paper)
    B(
        text="For other Written Questions for answer on Friday 29 February of which no previous notice has been given, see the Order Paper.",
        due="2008-02-29 23:59:59",
        vague=False,
        said="2008-02-29 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_UK_OB_29FEB08,
        published="2008-02-29",
    ),
    # the same page: questions 'for answer after Friday 29 February', only a lower bound (CONVENTIONS 3.2): earliest 1 March 2008, 00:00 GMT
    B(
        text="For Written and Oral Questions for answer after Friday 29 February see Part 2 of this paper.",
        due=None,
        vague=False,
        said="2008-02-29 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2008-03-01 00:00:00",
        cluster=5,
        source=_UK_OB_29FEB08,
        published="2008-02-29",
    ),
    # the same page, question 2: 'since the programme was introduced': past
    B(
        text="To ask the Secretary of State for Business, Enterprise and Regulatory Reform, how many adult apprenticeships have been completed since the programme was introduced.",
        due=None,
        vague=False,
        said="2008-02-29 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UK_OB_29FEB08,
        published="2008-02-29",
    ),
    # the same page, question 3: 'in each year since 2000': past
    B(
        text="To ask the Secretary of State for Business, Enterprise and Regulatory Reform, how many complaints were made against the Mail Preference Service in each year since 2000.",
        due=None,
        vague=False,
        said="2008-02-29 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UK_OB_29FEB08,
        published="2008-02-29",
    ),
    # the same page, question 4: 'in each year since 2000': past
    B(
        text="To ask the Secretary of State for Business, Enterprise and Regulatory Reform, how many complaints were made against the Advertising Standards Authority in relation to the Mail Preference Service in each year since 2000.",
        due=None,
        vague=False,
        said="2008-02-29 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UK_OB_29FEB08,
        published="2008-02-29",
    ),
    # Prime Minister's Office, 10 Downing Street, press release of 11 March 2025 ('Regulator axed as red tape is slashed to boost growth'), as carried by UKPOL (first item of a tag page; the title, the 'issued by' line, the lead repeated word for word under the points and sentences without a time word are not quoted; zone Europe/London): 'his latest steps' sets no time: no deadline
    B(
        text="Regulation will be cut back as the Prime Minister sets out his latest steps to drive economic growth that puts more money in working people’s pockets.",
        due=None,
        vague=False,
        said="2025-03-11 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NO10_PSR_11MAR25,
        published="2025-03-11",
    ),
    # the same release, a point of its list (no full stop on the page): 'our future' sets no time: no deadline
    B(
        text="PM to set out how the Government is securing our future through the Plan for Change",
        due=None,
        vague=False,
        said="2025-03-11 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NO10_PSR_11MAR25,
        published="2025-03-11",
    ),
    # the same release: 'the latest step' sets no time for the abolition: no deadline
    B(
        text="The Payment Systems Regulator (PSR) will be abolished as the latest step in reducing the burdens on business.",
        due=None,
        vague=False,
        said="2025-03-11 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NO10_PSR_11MAR25,
        published="2025-03-11",
    ),
    # the same release: 'in the coming days', the parser's documented window (7 days): 18 March 2025, end of day GMT, vague
    B(
        text="The Government will set out further steps to reduce red tape in the coming days.",
        due="2025-03-18 23:59:59",
        vague=True,
        said="2025-03-11 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_NO10_PSR_11MAR25,
        published="2025-03-11",
    ),
    # the same release: 'the latest step' sets no time: no deadline
    B(
        text="The Prime Minister wants to make regulation work for the UK – and this is the latest step in his drive to create an environment that will kickstart economic growth.",
        due=None,
        vague=False,
        said="2025-03-11 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NO10_PSR_11MAR25,
        published="2025-03-11",
    ),
    # Houses of the Oireachtas, Dáil Éireann, written answer of Tuesday 19 February 2019, question 455 (the question's number and its reference in brackets are not quoted; zone Europe/Dublin): contracts 'in each year since 2011 to date': past
    B(
        text="Deputy Niall Collins asked the Minister for Health the number of State contracts that were not awarded to the lowest tender or bid in each year since 2011 to date in his Department or bodies under the aegis of his Department; the reason the lowest tender or bid was not chosen; and if he will make a statement on the matter.",
        due=None,
        vague=False,
        said="2019-02-19 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_WA_19FEB19,
        published="2019-02-19",
    ),
    # the same answer: a reply 'as soon as possible', the Minister's undertaking (CONVENTIONS 5.1): 60 days, 20 April 2019, end of day IST, vague
    B(
        text="I will arrange for the question to be circulated within the Department and provide a reply of collated responses as soon as possible.",
        due="2019-04-20 22:59:59",
        vague=True,
        said="2019-02-19 10:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR_WA_19FEB19,
        published="2019-02-19",
    ),
    # Australian Government, the Minister for Infrastructure, Transport, Regional Development and Local Government (Catherine King), list of media releases, page 14, items of 14 to 19 July 2024, each dated on the page (titles, date and type lines, an interview's subject line, an item without a time word and the last, cut off, are not quoted; zone Australia/Sydney, the Minister's office in Canberra): 'today turning the first sod', the act on the day (CONVENTIONS 2.1): 19 July 2024, end of day AEST; unsure: past (a ceremony told as done)
    B(
        text="Construction is underway on the Hobart Airport runway upgrade, with the Albanese Government and Hobart Airport representatives today turning the first sod on the project.",
        due="2024-07-19 13:59:59",
        vague=False,
        said="2024-07-19 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_AU_INFRA_JUL24,
        published="2024-07-19",
    ),
    # the same list, item of 18 July 2024: 'for generations to come', 'eventually' and 'every 3 minutes' set no time: no deadline
    B(
        text="Perth's public transport network is being set up for generations to come, with major technology and infrastructure upgrades that will eventually see train services running every 3 minutes.",
        due=None,
        vague=False,
        said="2024-07-18 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_INFRA_JUL24,
        published="2024-07-18",
    ),
    # the same list, item of 18 July 2024 (the site's ellipsis kept): a reappointment 'for a further 12 months to 2 June 2025', a term kept going to a date (CONVENTIONS 3.3): 2 June 2025, end of day AEST
    B(
        text="I am pleased to announce the reappointment of John Weber as Chair of the Airservices Australia Board for a further 12 months to 2 June 2025, as well as the appointment of Rob Sharp as the Interim Chief Executive…",
        due="2025-06-02 13:59:59",
        vague=False,
        said="2024-07-18 00:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_AU_INFRA_JUL24,
        published="2024-07-18",
    ),
    # the same list, item of 16 July 2024: '377,000 hours on the job' is an amount of work done, no span: no deadline
    B(
        text="The transformation of one of Brisbane’s busiest intersections is more than 80 per cent complete, with workers clocking up 377,000 hours on the job.",
        due=None,
        vague=False,
        said="2024-07-16 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_INFRA_JUL24,
        published="2024-07-16",
    ),
    # the same list, item of 14 July 2024: 'has officially opened ... for the first time': past
    B(
        text="The METRONET Yanchep Rail Extension has officially opened, connecting tens of thousands of people in Perth's northern suburbs to the rail network for the first time.",
        due=None,
        vague=False,
        said="2024-07-14 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_INFRA_JUL24,
        published="2024-07-14",
    ),
    # New Zealand Government, Office of the Attorney-General, Cabinet paper 'Implementation of the Legislation Bill' (lodged 19 September 2019), as proactively released on the Parliamentary Counsel Office's site on 3 October 2019 (the coversheet's title, 'Released'/'Lodged'/'Title'/'Author' lines, the copyright line, headings and paragraph numbers are not quoted; the coversheet is read on its release day, the paper on the day it was lodged; zone Pacific/Auckland): a year naming an Act: no deadline
    B(
        text="Some information would not be appropriate to release and, if requested, would be withheld under the Official Information Act 1982 (the Act).",
        due=None,
        vague=False,
        said="2019-10-02 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_PCO_SEP19,
        published="2019-10-03",
    ),
    # the same coversheet: 'for the time being' sets no time: no deadline
    B(
        text="The relevant section of the Act that applies is section 9(2)(f)(iv), maintaining the constitutional conventions for the time being which protect the confidentiality of advice tendered by Ministers of the Crown and officials.",
        due=None,
        vague=False,
        said="2019-10-02 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_PCO_SEP19,
        published="2019-10-03",
    ),
    # the paper, paragraph 1: a Bill 'currently awaiting its second reading', a present state: no deadline
    B(
        text="This paper seeks Cabinet's approval for changes to the Legislation Bill, currently awaiting its second reading.",
        due=None,
        vague=False,
        said="2019-09-18 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_PCO_SEP19,
        published="2019-09-19",
    ),
    # the same paragraph: commencement 'before triggering the obligations', an order of steps with no date: event
    B(
        text="The proposed changes will provide for the Legislation Bill and its companion Bill – the Secondary Legislation (Access) Bill – to be commenced, before triggering the obligations on all 150+ makers of secondary legislation to lodge information about their secondary legislation with the Parliamentary Counsel Office (PCO) for publication on the New Zealand Legislation website.",
        due=None,
        vague=False,
        said="2019-09-18 22:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_NZ_PCO_SEP19,
        published="2019-09-19",
    ),
    # the same paragraph: 'for the first time' and 'to later establish a service' set no time: no deadline; unsure: event (the service follows the commencement, undated)
    B(
        text="This will define secondary legislation in New Zealand law for the first time (as recommended by the Regulations Review Committee) and enable the PCO to later establish a service for agencies to lodge information about secondary legislation with the PCO, which will require new funding.",
        due=None,
        vague=False,
        said="2019-09-18 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_PCO_SEP19,
        published="2019-09-19",
    ),
)
