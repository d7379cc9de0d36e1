"""A HUNDRED-AND-EIGHTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), in the morning (the machine's clock read 09:34 at the
start and about 09:40 when the labels were written), by a labelling helper (branch issue12l108-s46)
that neither changed, imported nor ran the parser, working at the same time as other labellers of
stop 46, whose claims in the shared claims file were treated as used and whose files and README
sections were not opened. It read `CONVENTIONS.md` in full (rule 6.4 among them), the docstring,
comments, some cases and README section of `blind_fresh104.py`, and the top docstring of the parser
package only (the vague windows, "before"/"by" periods, a range falling due at its later end, a
result more than a day before the reference being past); nothing else of `bot/core/deadlines/` was
opened. The brief asked for the UK government and its agencies on gov.uk (Crown copyright, Open
Government Licence v3.0), UK Parliament (Open Parliament Licence) and London or English councils only
where the page states the Open Government Licence; at least eight publishers, none above a fifth of
the cases, several genres (service changes, consultations, notices with dates of effect, ministerial
statements, committee reports, road works).

The set quotes a House of Commons committee report (the Committees on Arms Export Controls, 2012) and
the Government's memorandum printed with the Procedure Committee's inquiry into ministerial
statements (2010), a DVLA press release on licence renewals (2021, carried by Parliament Today), two
Environment Agency releases (the Starcross and Cockwood works, January 2018, carried by
government-world.com; the Essex flood scheme drop-in sessions, March 2024, carried by WiredGov), an
Ofsted release on post-inspection and complaints arrangements (July 2020, carried by
government-world.com), the Department for Transport's consultations index (2009, in the UK
Government Web Archive), an MHRA release on the Windsor Framework deadline (November 2024, gov.uk), a
government-world.com list page holding a Foreign and Commonwealth Office statement (July 2019) and an
MHRA no-deal contingency item (autumn 2019), a Planning Inspectorate section 51 advice (August 2014),
two HMRC pages on gov.uk (a 2010 to 2015 policy paper copied on 8 May 2015; a commitment update of
April 2023) and a DVSA email update to driving instructors on rescheduled theory tests (30 May 2020,
posted in full by a driving school's blog): 90 cases from 10 publishers (UK Parliament 17, 19%; the
Environment Agency 14; the MHRA 12; Ofsted 9; DVSA 9; HMRC 9; the Department for Transport 7; DVLA 6;
the Planning Inspectorate 4; the Foreign and Commonwealth Office 3). None is from the United States.

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a period, a
span, a year, "now", "currently", "current", "latest", "still", "always", "already", "recent",
"continual", "timescales", "delay", "until", "before", "once", "during", "when", "as ... progresses",
"each year", "every 10 years"); the sentences of the openings read that hold none were skipped
(comparatives alone, "quicker", "take longer", "quickly", were not counted), as were titles,
standfirsts, headings, date and status lines, navigation, labels before colons (the words after the
drop-in release's "Date:" are quoted), speakers' names, contact lines, lists of the names of
regulations and sentences cut off by the end of an opening. Three list points and two lines without
a full stop are quoted as they stand; the House of Commons pages' footnote markers ("[13]") and the
opening quotation marks of quoted speech stay as the pages have them, and line breaks inside a
sentence were read as spaces. No word was changed: "rather the two months", "to the this inquiry"
(not quoted) and "2:30pm- 8:00pm" stay as the pages have them. The sentences were found with a search
over stored copies of public pages and taken as they came in the openings the search returns, in page
order. See README.md ("Hundred-and-eighth fresh blind set") for every address, publisher and licence.
No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was
checked with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and
claimed (`fresh108`) in `/work/helper-brief/claims.txt` before a quote was taken; pages found used
were dropped (an Environment Agency Westonzoyland release, written-statement lists of
parliament.uk, a Hansard written statements day of February 2010, the Institute of Transport
Administration's copy of DfT consultations, a DfT 'About consultations' archive page, a gov.uk road
schemes release of May 2012 and a Highways England weekly roadworks summary of August 2016). Every
sentence was then checked whole with the same tool (skipping this file): none was found used. Two
claimed pages were read and left unquoted: the Government's response to the Procedure Committee
(HC 1062, 2010-12), which would have put UK Parliament above a fifth, and a second Environment Agency
release (Essex coastal defences, 2019, government-world.com), which would have made the Environment
Agency the largest publisher. Each label was worked out by hand from the words, the publication date
and the publisher's zone (Europe/London for all); the conversion of local instants to UTC wall time
and the day counts were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh104.py`: the publication date at 10:00 London time, and where a page carries no date in
its opening, the one its words or other facts give (each page's first comment says which and why;
for the Commons pages, the DVLA release and the MHRA contingency item every label is past,
recurring, event, negated or none, so the exact day changes none); a day falls due at 23:59:59
local; a range or a list falls due at its later end (CONVENTIONS 6.1, 6.2); "by summer" at the
season's end (CONVENTIONS 3.5); a restriction or duty beginning on a date is due that day
(CONVENTIONS 3.1, 3.1a); the perfect and done acts are past (CONVENTIONS 2.4), the present with
"today" due that day (CONVENTIONS 2.1), a day word on the verb of speaking never the deadline
(CONVENTIONS 2.2); a date already gone at the page's date is past (the parser's docstring); standing
limits ("within two months of the publication of a Report", "every 10 years", "in July each year",
"5 working days") are recurring, limits hung on an undated event ("before an inspection report is
finalised", "once complete", "until ... are dismantled", "shortly after the close of the meeting")
event (CONVENTIONS 1.3, 5.2); called-off tests are negated (CONVENTIONS 4.1); "soon", "as soon as
possible", "as soon as we can" take 60 days and "in the coming months" 3 months, all vague
(CONVENTIONS 5.1); refusals have `due=None` and a `refusal` kind; a sentence whose time words set no
time for any act ("current", "latest", "still", "at the same time") has `due=None` and no refusal
word. No sentence holds nights of work (CONVENTIONS 6.4 decides none). Clusters as in
`blind_fresh104.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of the day,
periods and vague windows, 5 refusals, 6 plain days and dates. 57 labels are refusals (past 32,
event 12, recurring 11, negated 2), 5 are vague; 16 labels are marked "unsure" and name the other
reading; like every label here they stay as committed, whatever the first run shows. First run: not
yet taken (the lead runs it once, after merging, and records it in README.md). Never edit these
labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_CAEC = "https://publications.parliament.uk/pa/cm201213/cmselect/cmquad/419/41908.htm"
_PROC = "https://publications.parliament.uk/pa/cm201011/cmselect/cmproc/602/602we03.htm"
_DVLA = "https://www.parliamenttoday.com/members/viewnews.html?id=132835"
_EASTAR = "http://government-world.com/press-release-work-starts-on-increased-flood-protection-for-starcross-and-cockwood"
_EADROP = "https://www.wired-gov.net/wg/news.nsf/articles/drop+in+sessions+to+be+held+on+proposed+essex+flood+scheme+20032024162000?open"
_OFSTED = "http://government-world.com/tag/hm-government/page/3318/?print=print-search"
_DFT = (
    "https://webarchive.nationalarchives.gov.uk/20100303145727/http:/www.dft.gov.uk/consultations/"
)
_MHRA24 = "https://gov.uk/government/news/the-mhra-issues-final-call-to-comply-with-windsor-framework-arrangements-for-medicines-from-january-2025"
_GW19 = "http://www.government-world.com/author/hm-government/page/13270/?print=print-search"
_PINS = "https://national-infrastructure-consenting.planninginspectorate.gov.uk/projects/EN010024/s51advice/EN010024-Advice-00028"
_HMRCPOL = "https://www.gov.uk/government/policies/making-it-easier-for-hmrc-customers-to-deal-with-their-taxes/supporting-pages/new-hmrc-digital-services"
_HMRCEV = "https://gov.uk/government/publications/evaluation-of-hmrcs-implementation-of-powers-obligations-and-safeguards/evaluation-of-hmrcs-implementation-of-powers-obligations-and-safeguards-introduced-since-2021-commitment-update"
_DVSA = "https://bordersdrivingschool.wordpress.com/"

FRESH108_CASES: tuple[BlindCase, ...] = (
    # Committees on Arms Export Controls, Scrutiny of Arms Exports and Arms Control (2012), HC 419 (2012-13), chapter 3; dated 13 July 2012 (the report's publication as the labeller recalls it; every label of the page is past, recurring or none whatever the day); zone Europe/London, said at 10:00 local. 'within two months of the publication of a Report' is a standing rule for every report, with no start of its own: recurring (CONVENTIONS 1.3). unsure: a careful reader could give past (the agreement was made in 1978)
    B(
        text="Government Departments agreed in 1978, following recommendations by the Select Committee on Procedure, that replies should, if possible, be made within two months of the publication of a Report.[13]",
        due=None,
        vague=False,
        said="2012-07-13 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_CAEC,
        published="2012-07-13",
    ),
    # the same page: a re-affirmation of 1999-2000, told in the past: past
    B(
        text='This principle was re-affirmed by the then Government in its response to the First Report of the Liaison Committee in the 1999-2000 Session: "The Government agree that Departments should respond [to Select Committee Reports] within two months, if possible and, if not, that they should warn Committees if delays are likely, and explain the reason for delay."[14]',
        due=None,
        vague=False,
        said="2012-07-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_CAEC,
        published="2012-07-13",
    ),
    # the same page: 'a longer delay' sets no time for any act: due None, no refusal word
    B(
        text="A longer delay may be considered permissible in some circumstances when those circumstances have been explained to the Committee concerned.[15]",
        due=None,
        vague=False,
        said="2012-07-13 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CAEC,
        published="2012-07-13",
    ),
    # the same page: a publication on a date before the page: past
    B(
        text="We published our Report of last year on 5 April 2011.",
        due=None,
        vague=False,
        said="2012-07-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_CAEC,
        published="2012-07-13",
    ),
    # the same page ('rather the' as the page has it): a done act of 2011: past
    B(
        text="The Government's Response in Command Paper Cm 8079 was published on 7 July, three months rather the two months after the Committees had reported.",
        due=None,
        vague=False,
        said="2012-07-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_CAEC,
        published="2012-07-13",
    ),
    # the same page: the request and its 30 September (2011) limit are both told of the past: past
    B(
        text="The Chairman of the CAEC wrote to the Foreign Secretary on 18 July 2011 putting to him a series of questions from the Committees arising from the Government's Response and requesting the answers no later than 30 September.[16]",
        due=None,
        vague=False,
        said="2012-07-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_CAEC,
        published="2012-07-13",
    ),
    # the same page: a done act on a past date: past
    B(
        text="The Foreign Secretary provided the Government's answers with his letter to the Chairman of 30 September.[17]",
        due=None,
        vague=False,
        said="2012-07-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_CAEC,
        published="2012-07-13",
    ),
    # the same page: 'later this year' is quoted from a response of 2011 and told of the past: past (CONVENTIONS 5.3)
    B(
        text='The Government\'s response to each of the Committees\' recommendations on "Brass Plate" companies, the Pre-licence registration of arms brokers and Extra-territorial arms export controls was: "We are giving careful consideration to the CAEC recommendations in the light of recent events and will revert later this year."',
        due=None,
        vague=False,
        said="2012-07-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_CAEC,
        published="2012-07-13",
    ),
    # Procedure Committee, Ministerial Statements (HC 602, 2010-11), written evidence: memorandum submitted by the Government (P 26); undated opening, dated 15 October 2010 from its facts (it counts statements to the end of the September 2010 sitting); every label of the page is past, recurring, event or none whatever the day; zone Europe/London, said at 10:00 local. the only time is the debate of 20 July 2010: past
    B(
        text="This memorandum sets out the Government's proposals for reform of the procedure for making ministerial statements to the House of Commons, following the debate in the House initiated by the Backbench Business Committee on 20 July 2010 and the House's decision that the Procedure Committee should inquire into the matter.",
        due=None,
        vague=False,
        said="2010-10-15 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PROC,
        published="2010-10-15",
    ),
    # the same page: undated occasions 'when Parliament is not sitting': event (CONVENTIONS 1.3). unsure: a careful reader could give recurring (a standing pattern)
    B(
        text="There will inevitably be occasions when there is a compelling need to make an announcement when Parliament is not sitting.",
        due=None,
        vague=False,
        said="2010-10-15 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_PROC,
        published="2010-10-15",
    ),
    # the same page: 'the agenda of the day' sets no time: due None, no refusal word
    B(
        text="In order to do so, the House needs to regain its ability to set the agenda of the day by encouraging the Government to make major statements to the House in the first instance.",
        due=None,
        vague=False,
        said="2010-10-15 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_PROC,
        published="2010-10-15",
    ),
    # the same page: a standing rule of the Code: recurring (CONVENTIONS 1.3)
    B(
        text="The Ministerial Code requires that, when Parliament is in session, the most important announcements of Government policy should be made in the first instance, in Parliament.[1]",
        due=None,
        vague=False,
        said="2010-10-15 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_PROC,
        published="2010-10-15",
    ),
    # the same page: a count over a past span: past
    B(
        text="From the beginning of the current Session to the end of the September sitting, the Government made 28 oral statements and 347 written ministerial statements.",
        due=None,
        vague=False,
        said="2010-10-15 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PROC,
        published="2010-10-15",
    ),
    # the same page: rates of statements already made: past. unsure: a careful reader could give due None with no refusal word (a rate sets no time)
    B(
        text="This represents an average of 2.8 oral statements per sitting week and 8.3 written statements per sitting day.",
        due=None,
        vague=False,
        said="2010-10-15 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PROC,
        published="2010-10-15",
    ),
    # the same page: a standing rule for every recess: recurring (CONVENTIONS 1.3)
    B(
        text="The Ministerial Code also requires Ministers to make every effort to avoid making significant announcements on the last day before a recess.[2]",
        due=None,
        vague=False,
        said="2010-10-15 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_PROC,
        published="2010-10-15",
    ),
    # the same page: 'in July each year': recurring (CONVENTIONS 1.3)
    B(
        text="This is particularly important on the last day before the summer recess, and the Office of the Leader of the House reminds departments of this requirement in July each year.",
        due=None,
        vague=False,
        said="2010-10-15 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_PROC,
        published="2010-10-15",
    ),
    # the same page: counts of past years: past
    B(
        text="On the last day before the summer recess in 2010, there were 17 written ministerial statements, compared with 33 in 2009 and 30 in 2008.",
        due=None,
        vague=False,
        said="2010-10-15 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PROC,
        published="2010-10-15",
    ),
    # DVLA press release on licence renewals, carried in full by Parliament Today (parliamenttoday.com) with its notes to editors; undated opening, dated 1 June 2021 as a release after the April 2020 to March 2021 year it reports (every label is past or recurring whatever the day); zone Europe/London, said at 10:00 local. a past span: past
    B(
        text="The agency has revealed that between April 2020 and March 2021, around 23% of the two million renewal applications it received were sent in either by post or via the post office.",
        due=None,
        vague=False,
        said="2021-06-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVLA,
        published="2021-06-01",
    ),
    # the same page: five days for every online renewal, no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="Renewing a photocard driving licence using GOV.UK costs £14 and the driver will receive their new licence in just five days.",
        due=None,
        vague=False,
        said="2021-06-01 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DVLA,
        published="2021-06-01",
    ),
    # the same page: 'every 10 years' and a reminder before each expiry: recurring (CONVENTIONS 1.3)
    B(
        text="Drivers are legally required to renew their photocard driving licence every 10 years and will receive a reminder from DVLA before their current licence expires.",
        due=None,
        vague=False,
        said="2021-06-01 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DVLA,
        published="2021-06-01",
    ),
    # the same page (the chief executive's quote opens with its mark): 'usually ... in just five days': recurring (CONVENTIONS 1.3)
    B(
        text="“Our online services are the quickest and easiest way to deal with DVLA and customers usually receive their driving and vehicle documents in just five days.",
        due=None,
        vague=False,
        said="2021-06-01 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DVLA,
        published="2021-06-01",
    ),
    # the same page: 'always': a standing practice, recurring
    B(
        text="“Remember to always use GOV.UK when using DVLA’s online services.”",
        due=None,
        vague=False,
        said="2021-06-01 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DVLA,
        published="2021-06-01",
    ),
    # the same page (notes to editors): a standing service time: recurring (CONVENTIONS 1.3)
    B(
        text="By using this service, you can expect your driving licence to be issued within 5 days.",
        due=None,
        vague=False,
        said="2021-06-01 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DVLA,
        published="2021-06-01",
    ),
    # Environment Agency press release 'Work starts on increased flood protection for Starcross and Cockwood', carried in full by government-world.com; undated opening, dated Friday 5 January 2018 from its facts (the storms of the past week, Storm Eleanor of 2-3 January; the road closing 'from 8 January'; the Dawlish Warren scheme opened by Michael Gove a few weeks before); zone Europe/London, said at 10:00 local. 'finished by summer': the season's end (CONVENTIONS 3.5: 'by <period>' falls due at its end; meteorological summer ends 31 August); of the two times the deadline counts [local due 2018-08-31 23:59:59 Europe/London]
    B(
        text="Work is expected to take around 6 months and be finished by summer.",
        due="2018-08-31 22:59:59",
        vague=False,
        said="2018-01-05 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EASTAR,
        published="2018-01-05",
    ),
    # the same page: 'the past week': past
    B(
        text="The storms hitting our coast in the past week demonstrate the importance of tidal defences.",
        due=None,
        vague=False,
        said="2018-01-05 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EASTAR,
        published="2018-01-05",
    ),
    # the same page: the closure takes effect on 8 January, a restriction beginning on a date, checked that day (CONVENTIONS 3.1, 3.1a). unsure: a careful reader could give earliest 8 January (a state given only its start, CONVENTIONS 3.2) [local due 2018-01-08 23:59:59 Europe/London]
    B(
        text="From 8 January the road around Cockwood harbour, including Church Road and Dawlish Warren road, will be closed to traffic to allow work to be carried out and to ensure public safety.",
        due="2018-01-08 23:59:59",
        vague=False,
        said="2018-01-05 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EASTAR,
        published="2018-01-05",
    ),
    # the same page: the periods are avoided, no act is set for them: due None, no refusal word
    B(
        text="Works and road closures have been timed to avoid school holidays and the summer season but we apologise for any inconvenience the closures cause.",
        due=None,
        vague=False,
        said="2018-01-05 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EASTAR,
        published="2018-01-05",
    ),
    # the same page: the only time is counted from a past opening and is reached: past. unsure: a careful reader could give due None with no refusal word (the start is told as now)
    B(
        text="Construction of the Starcross and Cockwood tidal defence scheme begins just a few weeks after the £12m Dawlish Warren beach management scheme was opened by Michael Gove.",
        due=None,
        vague=False,
        said="2018-01-05 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EASTAR,
        published="2018-01-05",
    ),
    # the same page: 'once complete' hangs on an undated event: event (CONVENTIONS 1.3)
    B(
        text="Once complete, the Starcross and Cockwood tidal defence scheme is expected to further reduce flood risk for over 660 properties.",
        due=None,
        vague=False,
        said="2018-01-05 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_EASTAR,
        published="2018-01-05",
    ),
    # the same page (notes to editors): a programme running to 2021 falls due at the range's later end (CONVENTIONS 6.1). unsure: a careful reader could end it with the financial year 2020-21 (31 March 2021) [local due 2021-12-31 23:59:59 Europe/London]
    B(
        text="Between 2015 and 2021 the Environment Agency is investing in over 1,500 flood and coastal schemes to help protect homes and businesses at risk.",
        due="2021-12-31 23:59:59",
        vague=False,
        said="2018-01-05 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_EASTAR,
        published="2018-01-05",
    ),
    # Environment Agency news 'Drop in sessions to be held on proposed Essex flood scheme' (gov.uk), carried in full by WiredGov with its original link, dated 20 March 2024; zone Europe/London, said at 10:00 local (GMT). 'soon' on the Agency's own application: vague, 60 days (CONVENTIONS 5.1); the sessions have no date in this sentence [local due 2024-05-19 23:59:59 Europe/London]
    B(
        text="Sessions will be held for those in Coggeshall, Feering and Kelvedon about the scheme which will soon see a planning application sent to Essex County Council.",
        due="2024-05-19 22:59:59",
        vague=True,
        said="2024-03-20 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EADROP,
        published="2024-03-20",
    ),
    # the same page: 'during times of flood', every flood: recurring (CONVENTIONS 1.3). unsure: a careful reader could give event (an undated flood)
    B(
        text="The project will reduce this risk by holding back floodwaters in the River Blackwater valley during times of flood.",
        due=None,
        vague=False,
        said="2024-03-20 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_EADROP,
        published="2024-03-20",
    ),
    # the same page: 'as work progresses' hangs on an undated course of events: event
    B(
        text="Quarrying and restoration works within the valley will create the flood storage area and progressively increase the upstream storage capacity as work progresses.",
        due=None,
        vague=False,
        said="2024-03-20 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_EADROP,
        published="2024-03-20",
    ),
    # the same page: 'have now been finalised', the perfect: past (CONVENTIONS 2.4)
    B(
        text="The Environment Agency is working in partnership with Blackwater Aggregates on this scheme, the details of which have now been finalised.",
        due=None,
        vague=False,
        said="2024-03-20 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EADROP,
        published="2024-03-20",
    ),
    # the same page: 'before a planning application is submitted', an undated event: event (CONVENTIONS 1.3)
    B(
        text="Further information is available online for residents, partners and interested parties to find out about the Environment Agency’s plans before a planning application is submitted.",
        due=None,
        vague=False,
        said="2024-03-20 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_EADROP,
        published="2024-03-20",
    ),
    # the same page: 'at the same time' sets no time: due None, no refusal word
    B(
        text="These 2 drop-in sessions which will be taking place at the same time in 2 of the villages.",
        due=None,
        vague=False,
        said="2024-03-20 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EADROP,
        published="2024-03-20",
    ),
    # the same page, the words after 'Date:': a session from 2:30pm to 8:00pm falls due at the later end (CONVENTIONS 6.1); GMT, summer time began 31 March [local due 2024-03-26 20:00:00 Europe/London]
    B(
        text="Tuesday 26 March, 2:30pm- 8:00pm.",
        due="2024-03-26 20:00:00",
        vague=False,
        said="2024-03-20 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_EADROP,
        published="2024-03-20",
    ),
    # Ofsted press release 'Changes to Ofsted's post-inspection processes and complaints handling', carried in full by government-world.com (a tag page); undated opening, dated 16 July 2020, the day the consultation outcome was published on gov.uk (the consultation page's update line); zone Europe/London, said at 10:00 local. 'before an inspection report is finalised', an undated event of each case: event (CONVENTIONS 1.3, 5.2)
    B(
        text="Ofsted is revising its post-inspection and complaints-handling arrangements so that any queries or concerns about an inspection can be dealt with quickly and before an inspection report is finalised.",
        due=None,
        vague=False,
        said="2020-07-16 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_OFSTED,
        published="2020-07-16",
    ),
    # the same page: March 2020 is past: past
    B(
        text="This follows a public consultation, published in March 2020.",
        due=None,
        vague=False,
        said="2020-07-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFSTED,
        published="2020-07-16",
    ),
    # the same page, a point of the list 'Ofsted will:' (no full stop on the page): a standing limit for every provider: recurring (CONVENTIONS 1.3)
    B(
        text="standardise at 5 working days the period allowed for providers to review their draft report and raise any issues of factual accuracy and about the inspection process",
        due=None,
        vague=False,
        said="2020-07-16 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_OFSTED,
        published="2020-07-16",
    ),
    # the same page, the next point: 'within 5 working days of Ofsted issuing the final report' runs from an undated event: event (CONVENTIONS 1.3)
    B(
        text="consider and respond to formal complaints from inspected providers before we publish their inspection report, if these complaints are submitted within 5 working days of Ofsted issuing the final report",
        due=None,
        vague=False,
        said="2020-07-16 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_OFSTED,
        published="2020-07-16",
    ),
    # the same page, the next point: 'current' sets no time: due None, no refusal word
    B(
        text="retain current arrangements for internal reviews into complaints handling, including the scrutiny panel",
        due=None,
        vague=False,
        said="2020-07-16 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OFSTED,
        published="2020-07-16",
    ),
    # the same page: the implementation is given no time; 'more time' is no deadline: due None, no refusal word
    B(
        text="After considering all the consultation responses received, Ofsted plans to implement the new arrangements, including providing more time for formal complaints to be submitted.",
        due=None,
        vague=False,
        said="2020-07-16 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OFSTED,
        published="2020-07-16",
    ),
    # the same page: the present with 'today' on the act: due at the end of the day (CONVENTIONS 2.1). unsure: a careful reader could give past (the outcome is out as the words are read, CONVENTIONS 2.4 reads only the perfect so) [local due 2020-07-16 23:59:59 Europe/London]
    B(
        text="The consultation outcome is published today.",
        due="2020-07-16 22:59:59",
        vague=False,
        said="2020-07-16 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_OFSTED,
        published="2020-07-16",
    ),
    # the same page: 'in the coming months': vague, 3 months (the parser's documented window) [local due 2020-10-16 23:59:59 Europe/London]
    B(
        text="Ofsted will also update its complaints policy and will publish this in the coming months.",
        due="2020-10-16 22:59:59",
        vague=True,
        said="2020-07-16 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_OFSTED,
        published="2020-07-16",
    ),
    # the same page (the Chief Inspector's quote): 'before we finalise and publish an inspection report', undated: event
    B(
        text="We need to be able to deal quickly and effectively with queries and concerns before we finalise and publish an inspection report.",
        due=None,
        vague=False,
        said="2020-07-16 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_OFSTED,
        published="2020-07-16",
    ),
    # Department for Transport consultations index (dft.gov.uk), archived by the National Archives' UK Government Web Archive on 3 March 2010; dated 22 October 2009, its 'Last update' line; zone Europe/London, said at 10:00 local. 'current' sets no time: due None, no refusal word
    B(
        text="This page gives you the opportunity to view current Department for Transport consultations.",
        due=None,
        vague=False,
        said="2009-10-22 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFT,
        published="2009-10-22",
    ),
    # the same page, the description under 'About DfT consultations': 'consultation period' sets no time: due None, no refusal word
    B(
        text="Information about the consultation process including code of practice, length of consultation period and partial Regulatory Impact Assessments.",
        due=None,
        vague=False,
        said="2009-10-22 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFT,
        published="2009-10-22",
    ),
    # the same page, under 'Open consultations': 'currently' sets no time: due None, no refusal word
    B(
        text="Central DfT and DfT agency consultations that are currently open for responses.",
        due=None,
        vague=False,
        said="2009-10-22 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFT,
        published="2009-10-22",
    ),
    # the same page, under 'Closed consultations': 'within the last year', closed: past
    B(
        text="Links to central DfT consultations that have closed within the last year.",
        due=None,
        vague=False,
        said="2009-10-22 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFT,
        published="2009-10-22",
    ),
    # the same page, under 'Archived consultations': closed more than a year ago: past
    B(
        text="An archive of central DfT consultations that have closed and are more than 1 year old.",
        due=None,
        vague=False,
        said="2009-10-22 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFT,
        published="2009-10-22",
    ),
    # the same page, under 'Cross-Government consultation': a done act of 14 May 2008: past
    B(
        text="On 14 May 2008 the Government published the Draft Legislative Programme for 2008-09.",
        due=None,
        vague=False,
        said="2009-10-22 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFT,
        published="2009-10-22",
    ),
    # the same page: concluded on 6 August 2008: past
    B(
        text="A public consultation on the programme concluded on 6 August 2008.",
        due=None,
        vague=False,
        said="2009-10-22 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFT,
        published="2009-10-22",
    ),
    # MHRA press release 'The MHRA issues final call to comply with Windsor Framework arrangements for medicines from January 2025' (gov.uk); undated opening, dated Tuesday 26 November 2024 from its words ('just over a month before' the arrangements of 1 January 2025; 'a little over a month remaining'); zone Europe/London, said at 10:00 local (GMT). the deadline named is 31 December 2024; 'today' is on the verb of speaking (CONVENTIONS 2.2) [local due 2024-12-31 23:59:59 Europe/London]
    B(
        text="The vast majority of companies have already submitted updated artwork to ensure compliance with the new arrangements for medicines following the Windsor Framework, the Medicines and Healthcare products Regulatory Agency (MHRA) has announced today as it issues its final call to marketing authorisation holders to take action now in preparedness for the 31 December 2024 deadline.",
        due="2024-12-31 23:59:59",
        vague=False,
        said="2024-11-26 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_MHRA24,
        published="2024-11-26",
    ),
    # the same page: a duty that begins on a date: due that day (CONVENTIONS 3.1a) [local due 2025-01-01 23:59:59 Europe/London]
    B(
        text="From 1 January 2025, the MHRA will be responsible for licensing all medicines on the market in Northern Ireland under a UK-wide licence, and all medicines for the UK market must carry a ‘UK Only’ label or sticker to show that they are only for sale within the UK and not in countries inside the European Union (EU).",
        due="2025-01-01 23:59:59",
        vague=False,
        said="2024-11-26 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_MHRA24,
        published="2024-11-26",
    ),
    # the same page (the Interim Executive Director's quote): 'already', done: past
    B(
        text="I would like to thank the large proportion of marketing authorisation holders (MAHs) who have submitted their updated artwork already.",
        due=None,
        vague=False,
        said="2024-11-26 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MHRA24,
        published="2024-11-26",
    ),
    # the same page: the arrangements start in 'just over a month' from the moment of speaking: a month later, end of day. unsure: 'just over' puts the instant a few days later; page: 1 January 2025 [local due 2024-12-26 23:59:59 Europe/London]
    B(
        text="We’re now on the home stretch, with just over a month before the new medicines arrangements of the Windsor Framework are put into practice, providing a solution to the supply of medicines into Northern Ireland.",
        due="2024-12-26 23:59:59",
        vague=False,
        said="2024-11-26 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_MHRA24,
        published="2024-11-26",
    ),
    # the same page: 'as soon as possible': vague, 60 days (CONVENTIONS 5.1); 'ahead of releasing products ... in the new year' hangs the act on an undated release. unsure: a careful reader could give 'before the new year', 31 December 2024 (CONVENTIONS 3.5) [local due 2025-01-25 23:59:59 Europe/London]
    B(
        text="Any companies that still need to submit updated artwork should do so as soon as possible, and ahead of releasing products on the market in the new year.",
        due="2025-01-25 23:59:59",
        vague=True,
        said="2024-11-26 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_MHRA24,
        published="2024-11-26",
    ),
    # the same page: the perfect tells of progress made; 1 January is the aim of what is done: past (CONVENTIONS 2.4). unsure: a careful reader could give 1 January 2025 (the day they must be ready)
    B(
        text="Companies have made strong progress to get ready for 1 January.",
        due=None,
        vague=False,
        said="2024-11-26 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MHRA24,
        published="2024-11-26",
    ),
    # the same page: 'has already received': past
    B(
        text="The MHRA has already received artwork submissions from companies to update their medicines packaging with the ‘UK Only’ label for nearly 90% of marketed medicines.",
        due=None,
        vague=False,
        said="2024-11-26 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MHRA24,
        published="2024-11-26",
    ),
    # Foreign and Commonwealth Office statement on North Korea missile test launches, carried by a government-world.com list page; dated 25 July 2019, the day after the launches of 24 July it reports; zone Europe/London, said at 10:00 local. the only date is of past launches; the monitoring has no time: past
    B(
        text="Following missile test launches by North Korea on 24 July we continue to closely monitor the situation.",
        due=None,
        vague=False,
        said="2019-07-25 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_GW19,
        published="2019-07-25",
    ),
    # the same statement: the meeting of 30 June is past; the return to talks has no time: past
    B(
        text="We encourage North Korea to return to talks with the US as agreed at the meeting between President Trump and Kim Jong Un on 30 June.",
        due=None,
        vague=False,
        said="2019-07-25 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_GW19,
        published="2019-07-25",
    ),
    # the same statement: 'until ... are dismantled', an undated event: event (CONVENTIONS 1.3)
    B(
        text="International sanctions must remain in place and be fully enforced until their nuclear and ballistic missile programmes are dismantled.",
        due=None,
        vague=False,
        said="2019-07-25 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_GW19,
        published="2019-07-25",
    ),
    # MHRA news 'Contingency legislation covering regulation of medicines and medical devices in a no deal scenario', next on the same government-world.com list page, with the gov.uk 'Get ready for Brexit' banner of that autumn; dated 2 September 2019 (the banner ran from September 2019; the labels hold for any day before 31 October); zone Europe/London, said at 10:00 local. a date for getting ready: due that day (GMT after 27 October) [local due 2019-10-31 23:59:59 Europe/London]
    B(
        text="Get ready for Brexit on 31 October 2019.",
        due="2019-10-31 23:59:59",
        vague=False,
        said="2019-09-02 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_GW19,
        published="2019-09-02",
    ),
    # the same item: updates hang on undated events: event
    B(
        text="It will be updated if anything changes, including if a deal is agreed.",
        due=None,
        vague=False,
        said="2019-09-02 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_GW19,
        published="2019-09-02",
    ),
    # the same item (no full stop on the page): 'latest' sets no time: due None, no refusal word
    B(
        text="Sign up to email alerts to get the latest information",
        due=None,
        vague=False,
        said="2019-09-02 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GW19,
        published="2019-09-02",
    ),
    # the same item: 'currently' sets no time: due None, no refusal word
    B(
        text="Contingency legislation is needed in order for the Medicines and Healthcare products Regulatory Agency (MHRA) to be able to take on regulatory processes for human medicines and devices that are currently undertaken by the European Medicines Agency and other bodies.",
        due=None,
        vague=False,
        said="2019-09-02 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GW19,
        published="2019-09-02",
    ),
    # the same item: made in April 2019: past
    B(
        text="These Regulations have been approved by Parliament and were made in April 2019.",
        due=None,
        vague=False,
        said="2019-09-02 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_GW19,
        published="2019-09-02",
    ),
    # Planning Inspectorate section 51 advice to a member of the public on project EN010024 (national-infrastructure-consenting.planninginspectorate.gov.uk), 'Date advice given 1 August 2014'; zone Europe/London, said at 10:00 local. the act told is the letter issued yesterday: past. unsure: a careful reader could give the meeting of Thursday 11 September 2014 (end of day)
    B(
        text="A letter inviting interested parties to the Preliminary Meeting to be held on Thursday 11 September 2014 was issued yesterday, Thursday 31 July 2014.",
        due=None,
        vague=False,
        said="2014-08-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PINS,
        published="2014-08-01",
    ),
    # the same page: 'timetable', 'deadlines', 'dates' name none: due None, no refusal word
    B(
        text="Annex D to this letter set out a draft timetable for the examination, which includes deadlines for parties to submit further written evidence, as well as proposed dates for issue specific hearings.",
        due=None,
        vague=False,
        said="2014-08-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_PINS,
        published="2014-08-01",
    ),
    # the same page: the meeting is undated in this sentence: event (CONVENTIONS 6.3 reads the sentence alone) [page: 11 September 2014]
    B(
        text="This draft timetable will be discussed with parties during the Preliminary Meeting.",
        due=None,
        vague=False,
        said="2014-08-01 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_PINS,
        published="2014-08-01",
    ),
    # the same page: 'shortly after the close of the meeting' hangs on an undated event: event (CONVENTIONS 5.2)
    B(
        text="Shortly after the close of the meeting, a further letter will be issued to all interested parties, which will set out the confirmed examination timetable.",
        due=None,
        vague=False,
        said="2014-08-01 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_PINS,
        published="2014-08-01",
    ),
    # HMRC policy paper '2010 to 2015 government policy: making it easier for HMRC customers to deal with their taxes' (gov.uk), 'Updated 8 May 2015', the copy's date; zone Europe/London, said at 10:00 local. a government of 2010 to 2015 told of the past ('stated'): past
    B(
        text="This is a copy of a document that stated a policy of the 2010 to 2015 Conservative and Liberal Democrat coalition government.",
        due=None,
        vague=False,
        said="2015-05-08 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRCPOL,
        published="2015-05-08",
    ),
    # the same page: 'Current' sets no time: due None, no refusal word
    B(
        text="Current policies can be found at the GOV.UK policies list.",
        due=None,
        vague=False,
        said="2015-05-08 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMRCPOL,
        published="2015-05-08",
    ),
    # the same page (no full stop on the page): 'by the end of October 2012 we had worked' is past; 'now' sets no time: past
    B(
        text="HMRC is now more than 98% accurate when notifying people of their tax code, and by the end of October 2012 we had worked all 17.9 million ‘legacy’ PAYE open cases left over from the old PAYE computer system",
        due=None,
        vague=False,
        said="2015-05-08 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRCPOL,
        published="2015-05-08",
    ),
    # the same page: 'By March 2015' ended before the copy's date of 8 May 2015: no deadline left, past (the parser's docstring: a result more than a day before the reference is in the past). unsure: read from the policy's first writing, due 31 March 2015
    B(
        text="By March 2015, HMRC customers can expect that we will be answering 90% of the telephone calls made, we will deal with 80% of letters within 15 working days, and we will deal with new UK claims for benefits and credits on average within 22 calendar days.",
        due=None,
        vague=False,
        said="2015-05-08 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRCPOL,
        published="2015-05-08",
    ),
    # the same page: of two deadlines given in turn the later counts (CONVENTIONS 6.2); summer 2013 is past, the end of 2015 is not [local due 2015-12-31 23:59:59 Europe/London]
    B(
        text="We will make it cheaper for customers to phone HMRC by moving from 0845 numbers to 03-prefix numbers by summer 2013 and by introducing customer call-back services by the end of 2015.",
        due="2015-12-31 23:59:59",
        vague=False,
        said="2015-05-08 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HMRCPOL,
        published="2015-05-08",
    ),
    # HMRC corporate report 'Evaluation of HMRC's implementation of powers, obligations and safeguards introduced since 2021: commitment update' (gov.uk), 'Updated 27 April 2023'; zone Europe/London, said at 10:00 local. a statement of 22 July 2019: past
    B(
        text="In a Written Ministerial Statement made on 22 July 2019, the then Financial Secretary to the Treasury, Rt Hon Jesse Norman MP, set out the steps HMRC was taking to build and maintain public trust in the tax system, including a programme of work on HMRC powers and taxpayer safeguards.",
        due=None,
        vague=False,
        said="2023-04-27 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRCEV,
        published="2023-04-27",
    ),
    # the same page: 'committed' and 'since 2012', told of the past: past
    B(
        text="As part of this work HMRC committed to an evaluation of the implementation of powers introduced since 2012 in relation to the powers and safeguards principles (see Annex A).",
        due=None,
        vague=False,
        said="2023-04-27 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRCEV,
        published="2023-04-27",
    ),
    # the same page: published on 4 February 2021: past
    B(
        text="Following extensive engagement with stakeholders, including customers and their representatives, HMRC published its evaluation report on 4 February 2021.",
        due=None,
        vague=False,
        said="2023-04-27 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRCEV,
        published="2023-04-27",
    ),
    # the same page: 'varying timescales', 'continual' set no time: due None, no refusal word
    B(
        text="These commitments cover a wide range of work with varying timescales and are focused on continual improvement.",
        due=None,
        vague=False,
        said="2023-04-27 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMRCEV,
        published="2023-04-27",
    ),
    # DVSA email update 'All theory tests rescheduled on Monday 1 June' to driving instructors, posted in full by a driving school's blog (bordersdrivingschool.wordpress.com) on 30 May 2020; zone Europe/London, said at 10:00 local. the tests of 1 June are called off with no new time: negated (CONVENTIONS 4.1)
    B(
        text="All theory tests on Monday 1 June have been rescheduled due to the coronavirus (COVID-19) outbreak.",
        due=None,
        vague=False,
        said="2020-05-30 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_DVSA,
        published="2020-05-30",
    ),
    # the same page: the tests up to 21 June are called off, no new time given: negated (CONVENTIONS 4.1). unsure: a careful reader could give 21 June 2020, end of day (the end of the run of called-off tests)
    B(
        text="Tests in Scotland and Wales will be rescheduled up to and including 21 June 2020, this is in line with government guidelines in the respective countries.",
        due=None,
        vague=False,
        said="2020-05-30 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_DVSA,
        published="2020-05-30",
    ),
    # the same page: 'as soon as we are able', the speaker's own undertaking, read as 'as soon as we can': vague, 60 days (CONVENTIONS 5.1) [local due 2020-07-29 23:59:59 Europe/London]
    B(
        text="We will update you with a start date for England as soon as we are able.",
        due="2020-07-29 22:59:59",
        vague=True,
        said="2020-05-30 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DVSA,
        published="2020-05-30",
    ),
    # the same page: the date names the tests, not a time for the emailing, which is under way: due None, no refusal word. unsure: a careful reader could give negated (called-off tests)
    B(
        text="We are emailing anyone with a test booked up to and including 21 June in Scotland and Wales to let them know it has been rescheduled.",
        due=None,
        vague=False,
        said="2020-05-30 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DVSA,
        published="2020-05-30",
    ),
    # the same page: as the sentence before, the date names the tests: due None, no refusal word. unsure: a careful reader could give negated
    B(
        text="We are emailing candidates in England with a test booked on the 1 June to let them know it has been rescheduled.",
        due=None,
        vague=False,
        said="2020-05-30 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DVSA,
        published="2020-05-30",
    ),
    # the same page: 'during these dates' is undated in the sentence and the duty hangs on a booking: event
    B(
        text="If you have booked a test for any of your pupils during these dates, you will need to contact them to let them know that their test has been rescheduled.",
        due=None,
        vague=False,
        said="2020-05-30 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_DVSA,
        published="2020-05-30",
    ),
    # the same page, after the heading 'Emergency theory tests': 'still' sets no time: due None, no refusal word
    B(
        text="An emergency theory testing service will still be available to those who have a critical need to take a test, such as NHS and social care workers.",
        due=None,
        vague=False,
        said="2020-05-30 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DVSA,
        published="2020-05-30",
    ),
    # the same page: 'up to date', 'latest' set no time: due None, no refusal word
    B(
        text="Stay up to date on the latest information on GOV.UK.",
        due=None,
        vague=False,
        said="2020-05-30 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DVSA,
        published="2020-05-30",
    ),
    # the same page: April is past; 'as soon as we can' on the further information: vague, 60 days (CONVENTIONS 5.1) [local due 2020-07-29 23:59:59 Europe/London]
    B(
        text="We provided the industry with advice on this in April and will provide further information about broader training as soon as we can.",
        due="2020-07-29 22:59:59",
        vague=True,
        said="2020-05-30 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DVSA,
        published="2020-05-30",
    ),
)
