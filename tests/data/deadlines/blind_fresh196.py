"""A HUNDRED-AND-NINETY-SIXTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 15:37 and 15:47 by the machine's clock (which ran
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l196-s65) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 65 (fresh194, fresh195, fresh197, fresh198, articles blind152 and blind153), whose claims in
the shared claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README section of
`blind_fresh193.py`, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of `bot/core/deadlines/`
was opened. The brief asked for less-mined publishers (GOV.UK departments and agencies not much used: Home
Office, Department for Education, MHCLG, DCMS, Ofgem, Ofwat, HMRC, DVSA; US Federal Register notices of the
FAA, FTA, Coast Guard and EPA; Wikinews), open licences only, at least eight publishers, none above a fifth,
at most a third from the United States, a spread of genres, about 80 cases (at least 60).

The set quotes the US Coast Guard (a notice of enforcement of 15 August 2007, a supplemental proposed rule of
13 September 2004, two proposed rules of 8 June and 14 August 2015), the Federal Aviation Administration (two
advisory committee meeting notices, of 11 October 1995 and 16 November 1998), the Environmental Protection
Agency (a hearings notice with NHTSA of 28 July 2015, a notice of availability of 1 March 2016), the National
Highway Traffic Safety Administration (an information collection notice of 19 December 2017), UK Parliament
(the Commons business statement of 9 July 1992), the Houses of the Oireachtas (Seanad budget statements of 27
September 2022 and the Order of Business of 28 September 2022), the Home Office (a press release of 28 November
2024, the description of a statement of changes in the Immigration Rules of 5 September 2012, three policy
paper pages of 2017 to 2019), the Driver and Vehicle Standards Agency (news items of August to October 2019)
and the Department for Education (a consultation of 30 November 2015, a consultation response of January 2018
and a government response of July 2013). 63 cases from 9 publishers: the Oireachtas 12 (19.0%); the Home
Office 11 (17.5%); UK Parliament 10 (15.9%); the Coast Guard 7 (11.1%); the FAA 6 (9.5%); the EPA 5 (7.9%);
the DVSA 5 (7.9%); the Department for Education 5 (7.9%); NHTSA 2 (3.2%). 20 of the 63 (31.7%) are from the
United States (Coast Guard, FAA, EPA, NHTSA); 43 are not. Genres: Federal Register proposed rules, meeting and
hearing notices, an enforcement notice and an information collection notice; a Commons business statement;
Seanad statements and an Order of Business; a departmental press release, statements of changes to rules and
policy paper pages; an agency's news items; consultation documents and responses. No wire news and no
statistics calendar could be included: no Wikinews article was found in the store, and every statistics
calendar page found (Statistics Canada's The Daily and release schedules, ABS release advice, Stats NZ
releases) read used.

The store is heavily mined: of about 110 addresses and phrases checked with `fresh_check.py`, most read used
(ukpol.co.uk tag pages of the Home Office, Department for Education, Department for Transport and DCMS except
one, the FAA advisory committee notices of 2019 to 2024, several Coast Guard and FTA notices, kildarestreet
Dáil Orders of Business, StatCan, ABS and Stats NZ pages, European Commission daily news, a parish council copy
of an HMRC bulletin, an Ofgem release calendar). Each page's cases share one `source` constant, so whole pages
can be dropped.

Left out, and why. Claimed (`fresh196`) but not used: the Commons written statement on local government
reorganisation of 18 December 2025 on parallelparliament.co.uk and the Commons business statement of 18
February 1988 (either would have taken UK Parliament above a fifth), and a Seanad Order of Business reply of 5
March 2019 on kildarestreet.com (it would have taken the Oireachtas above a fifth). Two sentences of the 1992
business statement ('Will the Leader of the House state the business for next week?', 'The business for next
week will be as follows:') were written and then dropped because the whole-sentence check read them USED (the
same words open other weeks' business in other sets). Within the pages kept: sentences without a time word;
sentences whose only time words are general ("now", "currently", "recent", "daily", "weekly", "by the day",
"for the first time", "initially", "future meeting dates", "early years", "later life") or whose only year names
an Act, a budget ('Budget 2023'), an air quality standard, a government's term or a phase of a rule; titles,
headings, title-page lines ('Launch date ...', 'Respond by ...'), front matter, date lines, contact lines,
product details, speaker tags and sentences cut off where the stored text ends.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday with a date, a clock
time, a year, a month, a season, 'today', 'yesterday', 'last night', 'a few hours ago', 'the past 12 months',
'the past few weeks', 'the months to come', 'the next few days, weeks and years', 'immediate', 'before
Christmas', 'early 2025', '28 days', 'five years', 'the 60-day public comment period', 'the first week after the
summer Adjournment'); within each page quoted, the sentences of the stored text that hold one were taken in
page order, easy or hard. Where the stored text breaks one sentence over lines or a numbered list, the pieces
are joined with single spaces and markdown emphasis marks are left out (the comments say where).

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with `fresh_check.py`
(the address and a distinctive phrase of the page) and claimed (`fresh196`) in `/work/helper-brief/claims.txt`
before its quotes were kept. Every kept sentence was then checked whole with the same tool (skipping this
file): all 63 read fresh. Each label was worked out by hand from the words, the publication date and the
publisher's zone (America/Chicago for the Coast Guard's Sector Lake Michigan notices, America/Los_Angeles for
those of the Captain of the Port San Francisco Bay, America/New_York for the FAA, EPA and NHTSA, Europe/London
for UK Parliament, the Home Office, the DVSA and the Department for Education, Europe/Dublin for the
Oireachtas); the conversion of local instants to UTC wall time, weekdays and day counts were done with Python's
zoneinfo and datetime in a scratch script outside the repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh193.py`: the publication date at 10:00 local time unless the page gives the hour (one does: the
Commons business statement, '3.32 pm'); the first comment of each page says where its date was read. Three
pages print only a month (the DVSA September item, the January 2018 and July 2013 Department for Education
documents): each is read on a day fixed as its comment says, and each of their labels is past whatever the
day. A day falls due at 23:59:59 local; a one-off event at a time due then (CONVENTIONS 3.1); a rule that
begins on a day due that day (CONVENTIONS 3.1a); several times and ranges at the latest (CONVENTIONS 6.1);
"before <day>" the day before (CONVENTIONS 3.5); a season at its end (meteorological); a window run for a
stated length from now at its end (CONVENTIONS 1.1); questions and descriptions that undertake nothing due None
with no refusal word (CONVENTIONS 4.2, 4.3); times hung on an undated event are event (CONVENTIONS 1.3);
standing rules and durations recurring (CONVENTIONS 1.3); done acts past, the perfect with 'today' included
(CONVENTIONS 2.4); an ongoing activity given only its start earliest (CONVENTIONS 3.2); vague words told as
going to happen take the documented windows (CONVENTIONS 5.1). Clusters as in `blind_fresh193.py`: 1 no time
set, 2 clock times, 3 ranges and several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain
days and dates. 28 labels are refusals (past 21, recurring 4, earliest 2, event 1; negated 0); 1 is vague (a
7-day window); 33 labels carry a due instant (the vague one included); 2 have due None and no refusal word; 14
are marked "unsure" and name the other reading; like every label here they stay as committed, whatever the
first run shows. First run: not yet taken (the lead runs it once, after merging, and records it in README.md).
Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_CG07 = "https://lexbuild.dev/fr/2007/08/E7-16018"
_CG04 = "https://www.webharvest.gov/peth04/20041015011444/http:/www.regulations.gov/freddocs/04-20544.htm"
_CG15A = "https://thefederalregister.org/80-FR/32318"
_CG15B = "https://thefederalregister.org/80-FR/48787"
_EPA15 = "https://thefederalregister.org/80-FR/44863"
_EPA16 = "https://thefederalregister.org/81-FR/10563"
_FAA98 = "http://federal.elaws.us/fr/11/16/1998/98-30579"
_FAA95 = "http://federal.elaws.us/fr/10/11/1995/95-25190"
_NHTSA17 = "https://thefederalregister.org/82-FR/60273"
_HC92 = "https://api.parliament.uk/historic-hansard/commons/1992/jul/09/business-of-the-house"
_SEAN22A = (
    "https://www.oireachtas.ie/ga/debates/debate/seanad/2022-09-27/12/?highlight%5B0%5D=black"
)
_SEAN22B = "https://www.oireachtas.ie/en/debates/debate/seanad/2022-09-28/speech/33/"
_HO24 = "https://www.ukpol.co.uk/tag/home-office/page/14"
_HO12 = "https://brownsbfs.co.uk/Product/Great-Britain-Home-Office/Statement-of-changes-in-immigration-rules/9780102980394"
_HO19 = "https://orderpaper.co.uk/policy-papers/statement-of-changes-to-the-immigration-rules-hc-170-24-october-2019"
_HO17 = "https://orderpaper.co.uk/policy-papers/statement-of-changes-to-the-immigration-rules-hc309-7-december-2017"
_HO18 = "https://www.gov.uk/government/publications/statement-of-changes-to-the-immigration-rules-cm-9675-20-july-2018"
_DVSA19 = "https://www.drivingtests.co.uk/news.html"
_DFE15 = "https://studylib.net/doc/10501551/arrangements-to-implement-the-national-reference-test"
_DFE18 = "https://dokumen.tips/documents/designation-of-a-body-to-perform-the-assessment-functions-london-academy.html"
_DFE13 = "https://vdocuments.net/standards-for-early-govuk.html"

FRESH196_CASES: tuple[BlindCase, ...] = (
    # US Coast Guard (Sector Lake Michigan, notice of enforcement 72 FR 45642, FR Doc E7-16018, publication_date 2007-08-15 in the page's front matter, a Wednesday; US federal work, public domain, read on lexbuild.dev, which reprints the Federal Register text); zone America/Chicago (the issuing sector is in Milwaukee and the events are local); no hour on the page: said 15 August 2007 10:00 CDT. The front-matter metadata, the summary sentences without a time word and the last, cut-off line are not taken. 'during August through September 2007': a range falls due at its later end (CONVENTIONS 6.1): 30 September 2007, end of day
    B(
        text="The Coast Guard will enforce the Milwaukee Harbor Safety Zone in  Milwaukee Harbor during August through September 2007.",
        due="2007-10-01 04:59:59",
        vague=False,
        said="2007-08-15 15:00:00",
        tz="America/Chicago",
        cluster=3,
        source=_CG07,
        published="2007-08-15",
    ),
    # the DATES line (its label 'DATES:' left out): enforcement from 19 August to 8 September, a range falls due at its later end (CONVENTIONS 6.1): 8 September 2007 23:00 CDT
    B(
        text="Effective from 10 p.m. on August 19, 2007 to 11 p.m. on September 8, 2007.",
        due="2007-09-09 04:00:00",
        vague=False,
        said="2007-08-15 15:00:00",
        tz="America/Chicago",
        cluster=3,
        source=_CG07,
        published="2007-08-15",
    ),
    # one sentence running through a numbered list (line breaks joined with spaces and the markdown asterisks around the event names left out): three fireworks enforcements, a schedule falls due at its end (CONVENTIONS 6.1): 8 September 2007 23:00 CDT
    B(
        text="The Coast Guard will enforce the Safety Zone, Milwaukee Harbor, Milwaukee, WI, 33 CFR 165.935 for the following events: (1) Irish Fest fireworks display on August 19, 2007 from 10 p.m. through 11 p.m.; and (2) Mexican Fiesta fireworks display on August 24, 2007 from 9 p.m. through 11 p.m.; and (3) Indian Summer fireworks displays on September 8, 2007 from 9 p.m. through 11 p.m.",
        due="2007-09-09 04:00:00",
        vague=False,
        said="2007-08-15 15:00:00",
        tz="America/Chicago",
        cluster=3,
        source=_CG07,
        published="2007-08-15",
    ),
    # US Coast Guard (COTP San Francisco Bay, supplemental notice of proposed rulemaking, Security Zone; Suisun Bay, Concord, CA; Federal Register of September 13, 2004, a Monday; public domain, read in the End of Term web archive copy of regulations.gov at webharvest.gov); zone America/Los_Angeles (the issuing captain of the port); no hour: said 13 September 2004 10:00 PDT. Sentences without a time word and the one whose only time word is 'recent' are not taken. The NPRM's publication date is of the past: past
    B(
        text="The Coast Guard is issuing a supplement to our notice of proposed rulemaking (NPRM) published on July 19, 2004 (69 FR 42950).",
        due=None,
        vague=False,
        said="2004-09-13 17:00:00",
        tz="America/Los_Angeles",
        refusal="past",
        cluster=5,
        source=_CG04,
        published="2004-09-13",
    ),
    # a comment period re-initiated now for 60 days falls due at its end (CONVENTIONS 1.1): 12 November 2004, end of day PST. unsure: a careful reader could give due None (the sentence names the period's length as a kind of period, 'the 60-day public comment period', and gives no closing date)
    B(
        text="Because of these errors, this supplement is intended to correct the errors in the initial NPRM and re-initiate the 60-day public comment period.",
        due="2004-11-13 07:59:59",
        vague=False,
        said="2004-09-13 17:00:00",
        tz="America/Los_Angeles",
        cluster=4,
        source=_CG04,
        published="2004-09-13",
    ),
    # US Coast Guard (Sector Lake Michigan, notice of proposed rulemaking, Safety Zone; Nighttime Air Show, Milwaukee Harbor; Federal Register Volume 80, Issue 109, Monday June 8, 2015; public domain, on thefederalregister.org); zone America/Chicago; no hour: said 8 June 2015 10:00 CDT. The summary sentences hold no time word ('Nighttime' is in the title only). DATES line: 8 July 2015, end of day
    B(
        text="Comments and related material must be received by the Coast Guard on or before July 8, 2015.",
        due="2015-07-09 04:59:59",
        vague=False,
        said="2015-06-08 15:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_CG15A,
        published="2015-06-08",
    ),
    # US Coast Guard (COTP San Francisco Bay, notice of proposed rulemaking, Security Zone; Military Ocean Terminal Concord; Federal Register Volume 80, Issue 157, Friday August 14, 2015; public domain, on thefederalregister.org); zone America/Los_Angeles; no hour: said 14 August 2015 10:00 PDT. The summary sentences hold no time word ('currently in place' is general); the next DATES sentence is cut off where the stored text ends and is not taken. 14 September 2015, end of day
    B(
        text="Comments and related material must be received by the Coast Guard on or before September 14, 2015.",
        due="2015-09-15 06:59:59",
        vague=False,
        said="2015-08-14 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_CG15B,
        published="2015-08-14",
    ),
    # Environmental Protection Agency with NHTSA (notice of public hearings and comment period, Greenhouse Gas Emissions and Fuel Efficiency Standards for Medium- and Heavy-Duty Engines and Vehicles, Phase 2; Federal Register Volume 80, Issue 144, Tuesday July 28, 2015; public domain, on thefederalregister.org); zone America/New_York; no hour: said 28 July 2015 10:00 EDT. The first summary sentence ('Phase 2' is no time) is not taken. A publication already made: past
    B(
        text="The proposed rules were published in the Federal Register on July 13, 2015.",
        due=None,
        vague=False,
        said="2015-07-28 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA15,
        published="2015-07-28",
    ),
    # published on 19 June: past
    B(
        text="The Draft Environmental Impact Statement was published on June 19, 2015, and is available on the NHTSA Web site mentioned below.",
        due=None,
        vague=False,
        said="2015-07-28 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA15,
        published="2015-07-28",
    ),
    # two hearing days: the later counts (CONVENTIONS 6.1): 18 August 2015, end of day
    B(
        text="Two hearings will be held on August 6 and August 18, 2015.",
        due="2015-08-19 03:59:59",
        vague=False,
        said="2015-07-28 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_EPA15,
        published="2015-07-28",
    ),
    # Environmental Protection Agency (notice of availability and public comment period, responses to state designation recommendations for the 2010 sulfur dioxide standard; Federal Register Volume 81, Issue 40, Tuesday March 1, 2016; public domain, on thefederalregister.org); zone America/New_York; no hour: said 1 March 2016 10:00 EST. The first summary sentence, whose only year names the standard, and the one without a time word are not taken. Responses sent on or about 16 February: past
    B(
        text="The EPA sent its responses directly to the states on or about February 16, 2016.",
        due=None,
        vague=False,
        said="2016-03-01 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA16,
        published="2016-03-01",
    ),
    # 'intends to make final ... no later than July 2, 2016': the agency's plan is dated (CONVENTIONS 4.3, an intention stays dated): 2 July 2016, end of day EDT
    B(
        text="The EPA intends to make final the designation determinations for the areas of the country addressed by these responses no later than July 2, 2016.",
        due="2016-07-03 03:59:59",
        vague=False,
        said="2016-03-01 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA16,
        published="2016-03-01",
    ),
    # Federal Aviation Administration (notice of meeting, Aviation Rulemaking Advisory Committee on General Aviation and Business Airplane Issues; Federal Register Volume 63, Number 220, Monday November 16, 1998; public domain, read on federal.elaws.us, which reprints the GPO text); zone America/New_York; no hour: said 16 November 1998 10:00 EST. The summary, the agenda items without a time word and the one whose only time word is 'future meeting dates' are not taken. One day, 9 a.m. to 1 p.m.: the range's later end (CONVENTIONS 6.1): 17 December 1998 13:00 EST
    B(
        text="The meeting will be held on December 17, 1998, from 9 a.m. to 1 p.m.",
        due="1998-12-17 18:00:00",
        vague=False,
        said="1998-11-16 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FAA98,
        published="1998-11-16",
    ),
    # 'by December 10, 1998': end of that day
    B(
        text="Arrange for presentations by December 10, 1998.",
        due="1998-12-11 04:59:59",
        vague=False,
        said="1998-11-16 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA98,
        published="1998-11-16",
    ),
    # the same meeting in the supplementary information (the stored line breaks joined with spaces); the Act's section number is no time: 17 December 1998 13:00 EST (CONVENTIONS 6.1)
    B(
        text="Pursuant to Section 10(a)(2) of the Federal Advisory Committee Act (Pub. L. 92-463; 5 U.S.C. App II), notice is hereby given of a meeting of the Aviation Rulemaking Advisory Committee to be held on December 17, 1998, from 9 a.m. to 1 p.m. at GAMA.",
        due="1998-12-17 18:00:00",
        vague=False,
        said="1998-11-16 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FAA98,
        published="1998-11-16",
    ),
    # Federal Aviation Administration (notice of meeting, Aviation Rulemaking Advisory Committee on Airport Certification Issues; Federal Register Volume 60, Number 196, Wednesday October 11, 1995; public domain, read on federal.elaws.us); zone America/New_York; no hour: said 11 October 1995 10:00 EDT. The summary and agenda items without a time word and the one whose only time word is 'future meeting dates' are not taken. A one-off meeting at a time (CONVENTIONS 3.1): 19 October 1995 10:00 EDT
    B(
        text="The meeting will be held on October 19, 1995, at 10:00 a.m.",
        due="1995-10-19 14:00:00",
        vague=False,
        said="1995-10-11 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FAA95,
        published="1995-10-11",
    ),
    # the deadline (10 October) was already gone on the day of publication (11 October): a time of the past: past. unsure: a careful reader could give due 10 October 1995, end of day (a deadline, overdue from the start)
    B(
        text="Arrange for oral presentations by October 10, 1995.",
        due=None,
        vague=False,
        said="1995-10-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FAA95,
        published="1995-10-11",
    ),
    # the same meeting in the supplementary information (line breaks joined), here with no clock time: 19 October 1995, end of day EDT
    B(
        text="Pursuant to Sec. 10(a)(2) of the Federal Advisory Committee Act (Pub. L. 92-463; U.S.C. App. II), notice is hereby given of a meeting of the Aviation Rulemaking Advisory Committee to be held on October 19, 1995, at FAA Headquarters, Conference Room 600E, 6th Floor, 800 Independence Avenue, SW., Washington, DC 20591.",
        due="1995-10-20 03:59:59",
        vague=False,
        said="1995-10-11 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA95,
        published="1995-10-11",
    ),
    # National Highway Traffic Safety Administration (notice and request for comments, Reports, Forms, and Record Keeping Requirements; Federal Register Volume 82, Issue 242, Tuesday December 19, 2017; public domain, on thefederalregister.org); zone America/New_York; no hour: said 19 December 2017 10:00 EST. The summary is printed twice (each sentence taken once); its first sentence, whose only year names an Act, is not taken. A notice published in September: past
    B(
        text="A Federal Register Notice with a 60-day comment period soliciting comments on the following information was published on September 15, 2017.",
        due=None,
        vague=False,
        said="2017-12-19 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NHTSA17,
        published="2017-12-19",
    ),
    # 18 January 2018, end of day EST
    B(
        text="Comments must be received on or before January 18, 2018.",
        due="2018-01-19 04:59:59",
        vague=False,
        said="2017-12-19 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NHTSA17,
        published="2017-12-19",
    ),
    # UK Parliament (House of Commons, Business of the House, Thursday 9 July 1992, HC Deb vol 211 cc473-84; Open Parliament Licence, on api.parliament.uk historic Hansard); zone Europe/London; the page gives '3.32 pm': said 9 July 1992 15:32 BST. Speaker tags, 'Yes, Madam.', the lines of the business without a time word and the last, cut-off line are not taken; the opening question ('Will the Leader of the House state the business for next week?') and 'The business for next week will be as follows:' were taken and then dropped because the freshness check read them USED (the same words open other weeks' business). A day's business: that day, end of day (13 July 1992)
    B(
        text="MONDAY 13 JULY—Debate on the report from the Select Committee on sittings of the House on a motion for the Adjournment of the House.",
        due="1992-07-13 22:59:59",
        vague=False,
        said="1992-07-09 14:32:00",
        tz="Europe/London",
        cluster=6,
        source=_HC92,
        published="1992-07-09",
    ),
    # 14 July 1992, end of day
    B(
        text="TUESDAY 14 JULY—Remaining stages of the Sea Fish (Conservation) Bill.",
        due="1992-07-14 22:59:59",
        vague=False,
        said="1992-07-09 14:32:00",
        tz="Europe/London",
        cluster=6,
        source=_HC92,
        published="1992-07-09",
    ),
    # 15 July 1992, end of day (the stored text's 'JuLY' kept)
    B(
        text="WEDNESDAY 15 JuLY—Proceedings on the Human Fertilisation and Embryology (Disclosure of Information) Bill [Lords].",
        due="1992-07-15 22:59:59",
        vague=False,
        said="1992-07-09 14:32:00",
        tz="Europe/London",
        cluster=6,
        source=_HC92,
        published="1992-07-09",
    ),
    # 16 July 1992, end of day
    B(
        text="THURSDAY 16 JULY—Debates on the Adjournment.",
        due="1992-07-16 22:59:59",
        vague=False,
        said="1992-07-09 14:32:00",
        tz="Europe/London",
        cluster=6,
        source=_HC92,
        published="1992-07-09",
    ),
    # a one-off meeting at a time (CONVENTIONS 3.1): Wednesday 21 October 1992 10:30 BST
    B(
        text="The House will also wish to know that European Standing Committee B will meet on Wednesday 21 October at 10.30 am to consider European Community document No. 5894/92 concerning relations with Libya.",
        due="1992-10-21 09:30:00",
        vague=False,
        said="1992-07-09 14:32:00",
        tz="Europe/London",
        cluster=2,
        source=_HC92,
        published="1992-07-09",
    ),
    # 'the first week after the summer Adjournment': hung on an event the sentence does not date (CONVENTIONS 1.3): event
    B(
        text="It may also be for the convenience of the House to know that the provisional business for the first week after the summer Adjournment will be as follows:",
        due=None,
        vague=False,
        said="1992-07-09 14:32:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC92,
        published="1992-07-09",
    ),
    # 19 October 1992, end of day (still BST)
    B(
        text="MONDAY 19 OCTOBER—Second Reading of the Prisoners and Criminal Proceedings (Scotland) Bill [Lords].",
        due="1992-10-19 22:59:59",
        vague=False,
        said="1992-07-09 14:32:00",
        tz="Europe/London",
        cluster=6,
        source=_HC92,
        published="1992-07-09",
    ),
    # 20 October 1992, end of day (the stored line has no full stop)
    B(
        text="TUESDAY 20 OCTOBER—Remaining stages of the Cardiff Bay Barrage Bill",
        due="1992-10-20 22:59:59",
        vague=False,
        said="1992-07-09 14:32:00",
        tz="Europe/London",
        cluster=6,
        source=_HC92,
        published="1992-07-09",
    ),
    # 21 October 1992, end of day ('4th allotted day' counts the session's days, no time of its own)
    B(
        text="WEDNESDAY 21 OCTOBER—Opposition Day (4th allotted day).",
        due="1992-10-21 22:59:59",
        vague=False,
        said="1992-07-09 14:32:00",
        tz="Europe/London",
        cluster=6,
        source=_HC92,
        published="1992-07-09",
    ),
    # 22 October 1992, end of day
    B(
        text='THURSDAY 22 OCTOBER—Debate on the White Paper "Health of the Nation", on a motion for the Adjournment of the House.',
        due="1992-10-22 22:59:59",
        vague=False,
        said="1992-07-09 14:32:00",
        tz="Europe/London",
        cluster=6,
        source=_HC92,
        published="1992-07-09",
    ),
    # Houses of the Oireachtas (Seanad Éireann debate of Tuesday 27 September 2022, Vol. 288 No. 6, Budget 2023 (Public Expenditure and Reform): Statements; CC BY 4.0, on oireachtas.ie, read at this address with a '?highlight' query string); zone Europe/Dublin; the page gives the date and no hour: said 27 September 2022 10:00 IST (the speech itself came hours after the budget speech; the rule of the brief is kept). The welcome line, sentences without a time word, those whose only year names the budget ('Budget 2023 is ...', 'a core budget 2023 package'), the one whose only time words are general ('daily', 'by the day') and the last, cut-off one are not taken. 'just a few hours ago': past
    B(
        text="I am pleased to have the opportunity to appear before the Seanad to contribute to the debate on budget 2023, which the Minister for Public Expenditure and Reform presented to the Dáil just a few hours ago.",
        due=None,
        vague=False,
        said="2022-09-27 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN22A,
        published="2022-09-27",
    ),
    # what people worry about in the months to come is no undertaking (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could give the 'coming months' window (vague, 27 December 2022)
    B(
        text="We know that many are genuinely worried about what lies ahead in the months to come.",
        due=None,
        vague=False,
        said="2022-09-27 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN22A,
        published="2022-09-27",
    ),
    # measures for the rest of 2022 'and into 2023': the period they cover ends with 2023: 31 December 2023, end of day. unsure: a careful reader could give due None (a period the package covers, not a time it is to be done by) or the end of 2022
    B(
        text="Budget 2023 sets out a substantial package of measures for the remainder of 2022 and into 2023.",
        due="2023-12-31 23:59:59",
        vague=False,
        said="2022-09-27 09:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_SEAN22A,
        published="2022-09-27",
    ),
    # delivered over the past 12 months: past
    B(
        text="That builds on the €3 billion package already delivered over the past 12 months.",
        due=None,
        vague=False,
        said="2022-09-27 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN22A,
        published="2022-09-27",
    ),
    # 'Today the Minister ... has announced': the perfect with a day word tells of an act done (CONVENTIONS 2.4): past
    B(
        text="Today the Minister, Deputy McGrath, has announced further winter cost-of-living, business and public service support measures totalling €4.4 billion, comprising €1.7 billion to be administered through the tax system and €2.7 billion in spending measures, with €0.3 billion of that amount funded from the contingency reserve.",
        due=None,
        vague=False,
        said="2022-09-27 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN22A,
        published="2022-09-27",
    ),
    # 'immediate assistance' told as going to happen: the documented 7-day window of 'immediately' (CONVENTIONS 5.1): 4 October 2022, end of day. unsure: a careful reader could give due None ('immediate' names the kind of assistance; the instalments are not dated)
    B(
        text="There will be immediate assistance, including electricity credits totalling €600 for all households, to be paid in three instalments of €200.",
        due="2022-10-04 22:59:59",
        vague=True,
        said="2022-09-27 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_SEAN22A,
        published="2022-09-27",
    ),
    # 'before Christmas': the day before the day named (CONVENTIONS 3.5): 24 December 2022, end of day ('weekly' is general)
    B(
        text="In addition to the normal weekly fuel allowance payment, a further payment of €400 will be made before Christmas to recipients of that support.",
        due="2022-12-24 23:59:59",
        vague=False,
        said="2022-09-27 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_SEAN22A,
        published="2022-09-27",
    ),
    # Houses of the Oireachtas (Seanad Éireann debate of Wednesday 28 September 2022, Vol. 288 No. 7, An tOrd Gnó - Order of Business; CC BY 4.0, on oireachtas.ie); zone Europe/Dublin; no hour: said 28 September 2022 10:00 IST. Lines without a time word, 'Anois, ...' (only 'now') and the last, cut-off sentence are not taken. The Order of Business: today's items at 1.30, 4.30 and 5 p.m. (for at most two hours) and a motion on the address of Wednesday 5 October; the latest time counts (CONVENTIONS 6.1): 5 October 2022, end of day. unsure: a careful reader could give today 19:00 (5 p.m. plus two hours, the end of the business ordered for today), the 5 October date being the subject of a motion taken today
    B(
        text="The Order of Business is No. 1, motion on the arrangements for the address to the Seanad by Lord John McFall of Alcluith, Lord Speaker of the House of Lords, on Wednesday, 5 October 2022, to be taken on the conclusion of the Order of Business without debate; No. 2, Assisted Decision-Making (Capacity) (Amendment) Bill 2022 - Committee Stage, to be taken at 1.30 p.m. and to adjourn at 4.30 p.m., if not previously concluded; and No. 113, motion 3, regarding the impacts of cost-of-living issues on young people in Ireland, to be taken at 5 p.m. with the time allocated to this debate not to exceed two hours.",
        due="2022-10-05 22:59:59",
        vague=False,
        said="2022-09-28 09:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_SEAN22B,
        published="2022-09-28",
    ),
    # yesterday's budget: past
    B(
        text="I welcome the budget we had yesterday.",
        due=None,
        vague=False,
        said="2022-09-28 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN22B,
        published="2022-09-28",
    ),
    # the impact over 'the next few days, weeks and years' is a description, no undertaking (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could give a vague window ('the coming years', 3 years)
    B(
        text="When we look at the coverage it received and the impact it is going to make on the economy in the next few days, weeks and years in particular, it is a significant piece of work.",
        due=None,
        vague=False,
        said="2022-09-28 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN22B,
        published="2022-09-28",
    ),
    # passed last night: past
    B(
        text="I want to acknowledge the work done by all Ministers in particular, in getting this budget passed last night.",
        due=None,
        vague=False,
        said="2022-09-28 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN22B,
        published="2022-09-28",
    ),
    # a debate in the past few weeks: past
    B(
        text="We had a significant debate in this House in the past few weeks regarding school transportation.",
        due=None,
        vague=False,
        said="2022-09-28 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN22B,
        published="2022-09-28",
    ),
    # Home Office (press release of Thursday 28 November 2024, 'New measures to protect victims of domestic abuse', as carried on the ukpol.co.uk tag page; Crown copyright under the OGL); zone Europe/London; no hour: said 28 November 2024 10:00 GMT. The title, the date line, bullets without a time word and sentences whose only such words are 'for the first time' or 'initially' are not taken. 'with the launch of new protective orders today': the act on the day of speaking (CONVENTIONS 2.1): 28 November 2024, end of day
    B(
        text="Domestic abusers will be ordered to stay away from their victims and face tougher restrictions with the launch of new protective orders today.",
        due="2024-11-28 23:59:59",
        vague=False,
        said="2024-11-28 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HO24,
        published="2024-11-28",
    ),
    # use in two more areas 'from early 2025': an activity given only its start (CONVENTIONS 3.2): earliest, 1 January 2025 00:00. unsure: a careful reader could give due 30 April 2025, end of day (the launch there as a one-off event by the end of early 2025, CONVENTIONS 3.1)
    B(
        text="They will also be used in Cleveland and North Wales from early 2025 ahead of a national rollout.",
        due=None,
        vague=False,
        said="2024-11-28 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2025-01-01 00:00:00",
        cluster=5,
        source=_HO24,
        published="2024-11-28",
    ),
    # 'immediately following any incident': a standing rule for every incident (CONVENTIONS 1.3): recurring
    B(
        text="The Domestic Abuse Protection Notices can be issued by the police immediately following any incident of abuse, providing protection straight away and giving police time to apply for a Domestic Abuse Protection Order to secure longer term protection for the victim.",
        due=None,
        vague=False,
        said="2024-11-28 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HO24,
        published="2024-11-28",
    ),
    # '28 days', 'no time restrictions': durations of standing rules (CONVENTIONS 1.3): recurring
    B(
        text="Unlike some existing protections, which can only be enforced for 28 days, the new Domestic Abuse Protection Orders will have no time restrictions, meaning victims are protected for as long as needed to stay safe.",
        due=None,
        vague=False,
        said="2024-11-28 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HO24,
        published="2024-11-28",
    ),
    # 'up to five years in prison': a standing penalty (CONVENTIONS 1.3): recurring
    B(
        text="Breaching the order will be a criminal offence punishable by up to five years in prison, making sure perpetrators who flout the rules are punished.",
        due=None,
        vague=False,
        said="2024-11-28 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HO24,
        published="2024-11-28",
    ),
    # Home Office (Statement of changes in Immigration Rules, House of Commons Paper, TSO, publication date 05/09/2012 in the product details, a Wednesday; Crown copyright under the OGL; its description is quoted on the bookseller page brownsbfs.co.uk); zone Europe/London; no hour: said 5 September 2012 10:00 BST. The series line, the price and product details are not taken. Changes taking effect on a date (CONVENTIONS 3.1): 6 September 2012, end of day
    B(
        text="The changes set out in paragraphs 1 to 222 of this Statement shall take effect on 6 September 2012.",
        due="2012-09-06 22:59:59",
        vague=False,
        said="2012-09-05 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HO12,
        published="2012-09-05",
    ),
    # 1 October 2012, end of day (CONVENTIONS 3.1)
    B(
        text="The changes set out in paragraphs 223 to 238 of this Statement shall take effect on 1 October 2012.",
        due="2012-10-01 22:59:59",
        vague=False,
        said="2012-09-05 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HO12,
        published="2012-09-05",
    ),
    # a transitional rule for every application made before the date: a standing rule for a class of cases (CONVENTIONS 1.3): recurring. unsure: a careful reader could give due None with no refusal word (the date only marks which applications the old rules govern)
    B(
        text="However, if an applicant has made an application for entry clearance or leave before 1 October 2012 and the application has not been decided before that date it will be decided in as if those changes had not been made.",
        due=None,
        vague=False,
        said="2012-09-05 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HO12,
        published="2012-09-05",
    ),
    # Home Office (policy paper page 'Statement of changes to the Immigration Rules: HC 170, 24 October 2019', as carried on orderpaper.co.uk from GOV.UK; Crown copyright under the OGL); zone Europe/London; the summary dates it: said 24 October 2019 10:00 BST. The title and document list are not taken. Published on the day of speaking, told as done: past. unsure: a careful reader could give due that day, end of day (the day's act, CONVENTIONS 2.1)
    B(
        text="Statement of changes to the Immigration Rules published on 24 October 2019.",
        due=None,
        vague=False,
        said="2019-10-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HO19,
        published="2019-10-24",
    ),
    # Home Office (policy paper page for HC309 of 7 December 2017, as carried on orderpaper.co.uk; OGL); zone Europe/London; said 7 December 2017 10:00 GMT. The title and document list are not taken. As the case before: past. unsure: a careful reader could give due 7 December 2017, end of day
    B(
        text="Statement of changes to the Immigration Rules published on 7 December 2017.",
        due=None,
        vague=False,
        said="2017-12-07 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HO17,
        published="2017-12-07",
    ),
    # Home Office (policy paper 'Statement of changes to the Immigration Rules: CM 9675, 20 July 2018' on GOV.UK; OGL); zone Europe/London; said 20 July 2018 10:00 BST. The title, the line naming the government of 2016 to 2019 and the document notes are not taken. As the two before: past. unsure: a careful reader could give due 20 July 2018, end of day
    B(
        text="Statement of changes to the Immigration Rules published on 20 July 2018.",
        due=None,
        vague=False,
        said="2018-07-20 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HO18,
        published="2018-07-20",
    ),
    # Driver and Vehicle Standards Agency (news items of August to October 2019 reproduced on the driving school page drivingtests.co.uk/news.html; Crown copyright under the OGL); zone Europe/London. Each item is read on its own date: the October item on 9 October 2019 10:00 BST (its own 'today (9 October 2019)'). Headings, lines without a time word and the last, cut-off line are not taken. 'In September, we let you know': past
    B(
        text="In September, we let you know about the work we've been doing to create an app to mark driving tests digitally.",
        due=None,
        vague=False,
        said="2019-10-09 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVSA19,
        published="2019-10-09",
    ),
    # 'from today ... a few examiners will be carrying out driving tests using the app': an activity given only its start (CONVENTIONS 3.2): earliest, 9 October 2019 00:00 BST. unsure: a careful reader could give due 9 October 2019, end of day (the day word on the act, CONVENTIONS 2.1)
    B(
        text="As part of the gradual roll out, from today (9 October 2019) a few examiners will be carrying out driving tests using the app, instead of the paper DL25.",
        due=None,
        vague=False,
        said="2019-10-09 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2019-10-08 23:00:00",
        cluster=5,
        source=_DVSA19,
        published="2019-10-09",
    ),
    # the September 2019 item prints only its month ('Sepember 2019'): read on 1 September 2019 10:00 BST; its label does not depend on the day. A strategy launched in 2017: past
    B(
        text="Since we launched our 5 year strategy in 2017, we’ve been working to become a digitally-enabled organisation.",
        due=None,
        vague=False,
        said="2019-09-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVSA19,
        published="2019-09-01",
    ),
    # the August item, read on 16 August 2019 10:00 BST (its own 'today (16 August 2019)'). A change of address from today, one-off (CONVENTIONS 3.1): 16 August 2019, end of day
    B(
        text="From today (16 August 2019), the address candidates send their out-of-pocket expense applications to will be changing.",
        due="2019-08-16 22:59:59",
        vague=False,
        said="2019-08-16 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DVSA19,
        published="2019-08-16",
    ),
    # a rule that begins today (CONVENTIONS 3.1a): 16 August 2019, end of day
    B(
        text="Any applications sent to the old address from today will not be processed.",
        due="2019-08-16 22:59:59",
        vague=False,
        said="2019-08-16 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DVSA19,
        published="2019-08-16",
    ),
    # Department for Education (consultation 'Arrangements to implement the national reference test', launch date 30 Nov 2015, a Monday, as reproduced on studylib.net; Crown copyright under the OGL); zone Europe/London; no hour: said 30 November 2015 10:00 GMT. The title page lines ('Launch date ...', 'Respond by ...'), the contents list, headings, contact lines and sentences without a time word are not taken. Issued on the day of speaking, told as done: past. unsure: a careful reader could give due 30 November 2015, end of day (the day's act, CONVENTIONS 2.1)
    B(
        text="The consultation was issued on 30 Nov 2015.",
        due=None,
        vague=False,
        said="2015-11-30 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE15,
        published="2015-11-30",
    ),
    # 'in spring 2016': a season falls due at its end (meteorological spring, March to May, as the parser's docstring says): 31 May 2016, end of day BST
    B(
        text="The results of the consultation and the Department's response will be published on GOV.UK in spring 2016.",
        due="2016-05-31 22:59:59",
        vague=False,
        said="2015-11-30 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DFE15,
        published="2015-11-30",
    ),
    # Department for Education (government consultation response 'Designation of a body to perform the assessment functions for higher education in England', January 2018, as reproduced on dokumen.tips; OGL); zone Europe/London; the stored text gives only the month: read on Monday 15 January 2018 10:00 GMT (both labels are past whatever the day). The contents list, the sentence whose only year names an Act and the last, cut-off sentence are not taken. An invitation that closed on 19 September (2017): past
    B(
        text="The consultation followed an invitation for expressions of interest in the role which closed on 19 September, and to which one body - the Quality Assurance Agency (QAA) - provided a submission.",
        due=None,
        vague=False,
        said="2018-01-15 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE18,
        published="2018-01-15",
    ),
    # published 19 October 2017 and already explored: past
    B(
        text="The consultation, published 19 October 2017, therefore explored the views of respondents on the suitability of the QAA to fulfil the role of the DQB, and on the suitability of any other organisation which consultees wished to suggest, which had not expressed an interest.",
        due=None,
        vague=False,
        said="2018-01-15 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE18,
        published="2018-01-15",
    ),
    # Department for Education (government response 'Standards for early years teachers', July 2013, as reproduced on vdocuments.net; OGL); zone Europe/London; the stored text gives only the month: read on Monday 1 July 2013 10:00 BST (the label is past whatever the day). The paragraph number is left out and the stored line break joined; the following sentences hold no time word ('early years' and 'later life' name stages of life). Published on 29 January 2013 and in June 2012: past
    B(
        text="On 29 January 2013 the Department published ‘More great childcare’ which sets out the vision for quality in early education and childcare and includes the Government’s response to Professor Cathy Nutbrown’s report ‘Foundations for Quality’ published in June 2012.",
        due=None,
        vague=False,
        said="2013-07-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE13,
        published="2013-07-01",
    ),
)
