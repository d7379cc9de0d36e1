"""A TWENTY-SIXTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 07:39 by the machine's clock, by a
labelling helper (branch issue12l-s21) that neither changed nor ran the parser: it read only
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstrings of `blind_real.py` and `blind_fresh25.py` and the latter's comments, the parser
package's docstring (for the documented vague windows, "a bare time is its next occurrence",
spans tied to an undated event and weeks running Monday to Sunday) and the README next to this
file. The sentences were found with a search over stored copies of public pages and taken as
they came in the pages read (the openings the search returns), in page order, skipping only bare
headings, captions and docket lines of court orders, citation-only parentheses ("(Dkt. #30).",
"(Stipulation at 2.)"), the lettered sub-items of lists (noun phrases, not sentences), site
banners, agency and action lines of Federal Register headers, page markers and lines cut off by
the end of an opening; see README.md ("Twenty-sixth fresh blind set") for every address,
publisher and licence. No address listed in README.md, in a `#` header or README under
`tests/data/`, in the sources of the other set files or in the shared claims file was used: each
was checked against those lists and claimed (`fresh26`) in `/work/helper-brief/claims.txt`
before a quote was taken (one page claimed, the EPA release of 24 May 2018, turned out to be
quoted in `kinds_real11.py` already and was dropped with all its sentences). Every sentence
was checked by a text search over the files under `tests/data/` (the whole sentence and two
runs of six of its words); none was found there. Sentences that recur word for word in two
Coast Guard notices of this set (one of them but for a capital letter) are quoted once. Each
label was worked out by hand from the words, the publication date and the publisher's zone
alone; the conversion of local instants to UTC wall time and the weekday checks were done
with Python's zoneinfo and datetime in a scratch script outside the repository, never with
code of the project. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py`
or the tests touched these texts before the labels were committed; the helpers improving the
parser have not seen them. See README.md for the count and the composition by publisher and
by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_real.py` and `blind_fresh25.py`: the publisher's zone (US
federal agencies and the federal courts of Connecticut and southern New York:
America/New_York; the federal courts of eastern California and western Washington:
America/Los_Angeles; the Australian Government's ministers: Australia/Sydney; the Council of
the European Union: Europe/Brussels); the publication date at 10:00 local (an order's date, a
Federal Register notice's issue date, a release's date), except the Council's media advisory,
whose page gives 17:45 and is read at that time; a day falls due at 23:59:59 local (zoneinfo's
history decides the offset); a clock time without a zone word is in the publisher's zone; a
span from an event that the sentence does not date ("one week prior to the scheduling
conference", "within fourteen (14) days after plaintiffs are served") is `refusal='event'`
(CONVENTIONS 1.3), and where the same order dates that event elsewhere the label is marked
"unsure" and names the instant; "whichever is later" of a date and such a span is an event for
the same reason (unsure, naming the date); a day word on a meeting that a release reports as
examined or noted belongs to the meeting, not to the reporting verb (as in `blind_fresh25.py`),
and such labels are marked "unsure" naming the past reading; a range, a list or a day with
several times falls due at its later end; refusals have `due=None` and a `refusal` kind
(earliest | negated | past | event | recurring); a case with no time at all has `due=None` and
no refusal word. Labels marked "unsure" name the other reading; like every label here they stay
as committed, whatever the first run shows. First run: not yet taken (the lead runs it once,
after merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_WESTRY_16OCT24 = "https://print.casetext.com/case/westry-v-ahearn"
_OSTER_6FEB09 = "https://print.casetext.com/case/oster-v-clarke-3"
_MILLER_12APR12 = "https://print.casetext.com/case/miller-v-brown-44"
_BRIDGES_26OCT23 = "http://print.casetext.com/case/bridges-v-kohls-stores-inc"
_OLMO_19JUL21 = "http://print.casetext.com/case/olmo-v-commissioner-of-social-security"
_COZAD_9AUG06 = "https://print.casetext.com/case/cozad-trailer-sales-v-rackley-bilt-trailer-sales"
_FAA_FR_2OCT23 = "https://govinfo.gov/content/pkg/FR-2023-10-02/html/2023-21581.htm"
_FAA_FR_31MAY19 = "https://www.govinfo.gov/content/pkg/FR-2019-05-31/html/2019-11286.htm"
_FAA_FR_6JAN04 = "https://self-law.org/code/register/2004/01/06/03-32335"
_AU_NSRF_2MAR16 = "https://minister.infrastructure.gov.au/nash/releases/2016/march/fn004_2016.aspx"
_AU_NSRF_9DEC15 = "http://minister.infrastructure.gov.au/wt/releases/2015/December/wt418_2015.aspx"
_EU_COUNCIL_TOPICS_2DEC16 = (
    "http://www.consilium.europa.eu/en/press/press-releases/main-topics-and-media-events/"
)
_EU_GAERC_13DEC04 = "http://europa.eu/rapid/press-release_PRES-04-343_en.htm"
_EU_GAERC_23MAY05 = "https://docsbay.net/press-release-s47"
_USCG_FR_7FEB12 = "https://www.federalregister.gov/documents/2012/02/07/2012-2742/quarterly-listings-safety-zones-security-zones-special-local-regulations-drawbridge-operation"
_USCG_FR_14NOV11 = "https://www.federalregister.gov/documents/2011/11/14/2011-28887/quarterly-listings-safety-zones-security-zones-special-local-regulations-drawbridge-operation"
_USCG_FR_1FEB05 = "https://www.federalregister.gov/documents/2005/02/01/05-1761/quarterly-listings-safety-zones-security-zones-special-local-regulations-and-regulated-navigation"
_USCG_FR_16MAY17 = "https://thefederalregister.org/documents/2017-09779/safety-zone-recurring-marine-events-sector-key-west-florida"

FRESH26_CASES: tuple[BlindCase, ...] = (
    # US District Court for the District of Connecticut, amended scheduling order of 16 October 2024 (Westry v. Ahearn, 3:22cv686, on casetext): the dates follow in the list, none in this line: no deadline
    B(
        text="The Court orders that the following amended deadlines set forth below shall apply:",
        due=None,
        vague=False,
        said="2024-10-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_WESTRY_16OCT24,
        published="2024-10-16",
    ),
    # the same order: 'has passed' tells of a deadline gone by: past
    B(
        text="The deadline for the parties to file motions to join additional parties or to amend the pleadings has passed.",
        due=None,
        vague=False,
        said="2024-10-16 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WESTRY_16OCT24,
        published="2024-10-16",
    ),
    # the same order: 'by June 30, 2025', end of day EDT, 2025-07-01 03:59:59 UTC
    B(
        text="All fact and expert discovery will be completed (not propounded) by June 30, 2025.",
        due="2025-07-01 03:59:59",
        vague=False,
        said="2024-10-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_WESTRY_16OCT24,
        published="2024-10-16",
    ),
    # the same order: no time at all
    B(
        text="Discovery will not be phased.",
        due=None,
        vague=False,
        said="2024-10-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_WESTRY_16OCT24,
        published="2024-10-16",
    ),
    # the same order: 'by February 1, 2025', end of day EST, 2025-02-02 04:59:59 UTC
    B(
        text="A damages analysis will be provided by any party who has a claim or counter claim for damages by February 1, 2025.",
        due="2025-02-02 04:59:59",
        vague=False,
        said="2024-10-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_WESTRY_16OCT24,
        published="2024-10-16",
    ),
    # the same order: 'due March 30, 2025', end of day EDT, 2025-03-31 03:59:59 UTC
    B(
        text="The parties' expert reports on issues on which they bear the burden of proof will be due March 30, 2025.",
        due="2025-03-31 03:59:59",
        vague=False,
        said="2024-10-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_WESTRY_16OCT24,
        published="2024-10-16",
    ),
    # the same order: 'by April 30, 2025', end of day EDT, 2025-05-01 03:59:59 UTC
    B(
        text="Depositions of such experts will be completed by April 30, 2025.",
        due="2025-05-01 03:59:59",
        vague=False,
        said="2024-10-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_WESTRY_16OCT24,
        published="2024-10-16",
    ),
    # the same order: 'due May 30, 2025', end of day EDT, 2025-05-31 03:59:59 UTC
    B(
        text="The parties' expert reports on issues on which they do not bear the burden of proof will be due May 30, 2025.",
        due="2025-05-31 03:59:59",
        vague=False,
        said="2024-10-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_WESTRY_16OCT24,
        published="2024-10-16",
    ),
    # the same order: 'by June 30, 2025', end of day EDT, 2025-07-01 03:59:59 UTC
    B(
        text="Depositions of such experts will be completed by June 30, 2025.",
        due="2025-07-01 03:59:59",
        vague=False,
        said="2024-10-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_WESTRY_16OCT24,
        published="2024-10-16",
    ),
    # the same order: 'due July 30, 2025', end of day EDT, 2025-07-31 03:59:59 UTC
    B(
        text="Dispositive motions are due July 30, 2025.",
        due="2025-07-31 03:59:59",
        vague=False,
        said="2024-10-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_WESTRY_16OCT24,
        published="2024-10-16",
    ),
    # the same order: the time limits are not given here: no deadline
    B(
        text="The parties shall file response and reply briefs within the time limits set forth in the Local Rules of Civil Procedure.",
        due=None,
        vague=False,
        said="2024-10-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_WESTRY_16OCT24,
        published="2024-10-16",
    ),
    # the same order: 'whichever is later' of a date and a span from an undated ruling: the later one cannot be dated (CONVENTIONS 6.2, 1.3): event; unsure: 30 August 2025 is the one date the words give, end of day EDT (2025-08-31 03:59:59 UTC)
    B(
        text="The Joint Trial Memorandum is due August 30, 2025, or 30 days from the Court's ruling on dispositive motions if any are filed, whichever is later.",
        due=None,
        vague=False,
        said="2024-10-16 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=3,
        source=_WESTRY_16OCT24,
        published="2024-10-16",
    ),
    # the same order: the later of 15 September 2025 and a span from an undated submission (CONVENTIONS 6.2, 1.3): event; unsure: 15 September 2025, end of day EDT (2025-09-16 03:59:59 UTC)
    B(
        text="The case will be ready for trial by September 15, 2025, or 30 days from submission of the Joint Trial Memorandum, whichever is later.",
        due=None,
        vague=False,
        said="2024-10-16 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=3,
        source=_WESTRY_16OCT24,
        published="2024-10-16",
    ),
    # the same order: 'on May 6, 2025 at 5:00 p.m.' in the court's zone, EDT, 2025-05-06 21:00:00 UTC
    B(
        text="In addition, a Telephonic Status Conference will be held on May 6, 2025 at 5:00 p.m.; the Court will provide the parties with the dial-in information.",
        due="2025-05-06 21:00:00",
        vague=False,
        said="2024-10-16 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_WESTRY_16OCT24,
        published="2024-10-16",
    ),
    # the same order: 'by April 29, 2025', end of day EDT, 2025-04-30 03:59:59 UTC
    B(
        text="The parties will file a joint status report by April 29, 2025.",
        due="2025-04-30 03:59:59",
        vague=False,
        said="2024-10-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_WESTRY_16OCT24,
        published="2024-10-16",
    ),
    # the same order: 'Rule 16' is a number; no time: no deadline
    B(
        text="If the parties wish to have a Rule 16 conference with the Court, they should file a motion explaining the reasons for the conference.",
        due=None,
        vague=False,
        said="2024-10-16 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_WESTRY_16OCT24,
        published="2024-10-16",
    ),
    # the same order: 'as soon as possible', vague, 60 days (CONVENTIONS 5.1) from 16 October 2024: 15 December 2024, end of day EST, 2024-12-16 04:59:59 UTC; unsure: the court urges the parties rather than undertaking anything itself (no deadline)
    B(
        text="The Court encourages the parties to discuss settlement as soon as possible.",
        due="2024-12-16 04:59:59",
        vague=True,
        said="2024-10-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_WESTRY_16OCT24,
        published="2024-10-16",
    ),
    # the same order: 'at some point' gives no time: no deadline
    B(
        text="Nearly all civil cases settle, and at some point in this case, the Court will refer the parties to mediation with a U.S. Magistrate Judge to explore the potential for settlement.",
        due=None,
        vague=False,
        said="2024-10-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_WESTRY_16OCT24,
        published="2024-10-16",
    ),
    # US District Court for the Western District of Washington, order of 6 February 2009 (Oster v. Clarke, C07-5508RJB-KLS, on casetext): statute and rule numbers, no time: no deadline
    B(
        text='This matter has been referred to Magistrate Judge Karen L. Strombom pursuant to 28 U.S.C. § 636(b)(1), Local Rules MJR 3 and 4, and Federal Rule of Civil Procedure ("Fed.R.Civ.P.") 72.',
        due=None,
        vague=False,
        said="2009-02-06 18:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_OSTER_6FEB09,
        published="2009-02-06",
    ),
    # the same order: no time at all
    B(
        text="The case is before the Court on plaintiff's filing of a motion for extension of time to file joint status report.",
        due=None,
        vague=False,
        said="2009-02-06 18:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_OSTER_6FEB09,
        published="2009-02-06",
    ),
    # the same order: no time at all
    B(
        text="After reviewing plaintiff's motion and the balance of the record, the Court finds and orders as follows:",
        due=None,
        vague=False,
        said="2009-02-06 18:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_OSTER_6FEB09,
        published="2009-02-06",
    ),
    # the same order: an order of May 2008 and deadlines that had passed by 6 February 2009: past
    B(
        text="On May 27, 2008, the Court issued a pretrial scheduling order setting a deadline of November 27, 2008, by which to file all dispositive motions, and a deadline of January 1, 2009, by which to file a joint status report.",
        due=None,
        vague=False,
        said="2009-02-06 18:00:00",
        tz="America/Los_Angeles",
        refusal="past",
        cluster=3,
        source=_OSTER_6FEB09,
        published="2009-02-06",
    ),
    # the same order: a filing of November 2008: past
    B(
        text="On November 26, 2008, defendants filed a motion for summary judgment.",
        due=None,
        vague=False,
        said="2009-02-06 18:00:00",
        tz="America/Los_Angeles",
        refusal="past",
        cluster=5,
        source=_OSTER_6FEB09,
        published="2009-02-06",
    ),
    # the same order: 'noted for consideration on March 6, 2009', end of day PST, 2009-03-07 07:59:59 UTC; the docket numbers are numbers
    B(
        text="That motion currently is noted for consideration on March 6, 2009, pursuant to the Court's order (Dkt. #59) granting plaintiff's motion for extension of time to respond thereto (Dkt. #50).",
        due="2009-03-07 07:59:59",
        vague=False,
        said="2009-02-06 18:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_OSTER_6FEB09,
        published="2009-02-06",
    ),
    # the same order: no time at all
    B(
        text="Plaintiff argues in his current motion that given that defendants' motion for summary judgment is still pending, it is premature to require the parties to file a joint status report.",
        due=None,
        vague=False,
        said="2009-02-06 18:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_OSTER_6FEB09,
        published="2009-02-06",
    ),
    # the same order: no time at all
    B(
        text="The Court agrees.",
        due=None,
        vague=False,
        said="2009-02-06 18:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_OSTER_6FEB09,
        published="2009-02-06",
    ),
    # the same order: the motion is granted as the words are written, with no time: no deadline ('Dkt. #56' is a number)
    B(
        text="A such, plaintiff's motion for extension of time to file joint status report (Dkt. #56) hereby is GRANTED.",
        due=None,
        vague=False,
        said="2009-02-06 18:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_OSTER_6FEB09,
        published="2009-02-06",
    ),
    # the same order: 'by no later than April 20, 2009', end of day PDT (daylight time began on 8 March 2009), 2009-04-21 06:59:59 UTC
    B(
        text="The parties and their counsel, if any, shall confer and provide the Court with a joint status report by no later than April 20, 2009.",
        due="2009-04-21 06:59:59",
        vague=False,
        said="2009-02-06 18:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_OSTER_6FEB09,
        published="2009-02-06",
    ),
    # the same order: no time at all
    B(
        text="The joint status report shall contain the following information by corresponding paragraph numbers:",
        due=None,
        vague=False,
        said="2009-02-06 18:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_OSTER_6FEB09,
        published="2009-02-06",
    ),
    # the same order: '1.' numbers the paragraph; 'at trial' is not dated: no deadline
    B(
        text="1. A short and concise statement of the case, including the remaining legal and factual issues to be determined at trial;",
        due=None,
        vague=False,
        said="2009-02-06 18:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_OSTER_6FEB09,
        published="2009-02-06",
    ),
    # the same order: a numbered paragraph with no time: no deadline
    B(
        text="2. A narrative written statement from each party setting forth the facts that will be offered by oral or written documentary evidence at trial;",
        due=None,
        vague=False,
        said="2009-02-06 18:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_OSTER_6FEB09,
        published="2009-02-06",
    ),
    # the same order: a numbered paragraph with no time: no deadline
    B(
        text="3. A list of all exhibits to be offered into evidence at trial;",
        due=None,
        vague=False,
        said="2009-02-06 18:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_OSTER_6FEB09,
        published="2009-02-06",
    ),
    # US District Court for the Eastern District of California, order of 9 August 2006 (Cozad Trailer Sales v. Rackley Bilt Trailer Sales, CIV.S-05-1181 WBS DAD, on casetext): 'fourth' is an ordinal; no time: no deadline
    B(
        text="The parties have filed a fourth stipulation and proposed order seeking to extend the time to complete discovery in this action.",
        due=None,
        vague=False,
        said="2006-08-09 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_COZAD_9AUG06,
        published="2006-08-09",
    ),
    # the same order: 'up to and including August 31, 2006', end of day PDT, 2006-09-01 06:59:59 UTC; unsure: the parties only ask for the date, not yet granted (no deadline)
    B(
        text="In this regard, the parties seek up to and including August 31, 2006, for plaintiff to disclose experts and for the parties to complete all non-expert discovery.",
        due="2006-09-01 06:59:59",
        vague=False,
        said="2006-08-09 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_COZAD_9AUG06,
        published="2006-08-09",
    ),
    # the same order: 'to and including September 30, 2006', end of day PDT, 2006-10-01 06:59:59 UTC; unsure: a request not yet granted (no deadline)
    B(
        text='The parties also seek "an extension of the discovery motion cut-off date to and including September 30, 2006."',
        due="2006-10-01 06:59:59",
        vague=False,
        said="2006-08-09 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_COZAD_9AUG06,
        published="2006-08-09",
    ),
    # the same order: the date is on the completion, not on the proposing (read as CONVENTIONS 2.2 reads the verb of speaking): 'by August 31, 2006', end of day PDT, 2006-09-01 06:59:59 UTC; unsure: a proposal only (no deadline)
    B(
        text="Presumably this latter extension request is intended to refer to the time for having discovery motions heard relating only to expert discovery, since the parties having proposed that non-expert discovery be completed by August 31, 2006.",
        due="2006-09-01 06:59:59",
        vague=False,
        said="2006-08-09 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_COZAD_9AUG06,
        published="2006-08-09",
    ),
    # the same order: no time at all
    B(
        text="The initial scheduling order issued by the assigned district judge in this case provides as follows with respect to modifications of that order:",
        due=None,
        vague=False,
        said="2006-08-09 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_COZAD_9AUG06,
        published="2006-08-09",
    ),
    # the same order: no time at all
    B(
        text="Any requests to modify the dates or terms of this Scheduling Order, except requests to change the dates of the Final Pretrial Conference or trial, may be heard and decided by the assigned Magistrate Judge.",
        due=None,
        vague=False,
        said="2006-08-09 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_COZAD_9AUG06,
        published="2006-08-09",
    ),
    # the same order: no time at all
    B(
        text="All requests to change the dates of the Pretrial Conference and/or trial shall be heard and decided only by the undersigned judge.",
        due=None,
        vague=False,
        said="2006-08-09 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_COZAD_9AUG06,
        published="2006-08-09",
    ),
    # the same order: no time at all
    B(
        text="Thus, the undersigned is authorized to modify only the dates regarding discovery and law and motion deadlines but is not authorized to change the Final Pretrial Conference or trial dates.",
        due=None,
        vague=False,
        said="2006-08-09 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_COZAD_9AUG06,
        published="2006-08-09",
    ),
    # the same order: no time at all
    B(
        text="On its face, the fourth stipulation and proposed order submitted by the parties concerns only discovery dates.",
        due=None,
        vague=False,
        said="2006-08-09 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_COZAD_9AUG06,
        published="2006-08-09",
    ),
    # the same order: 'additional time' names no time: no deadline
    B(
        text="However, the additional time sought by the parties to continue to conduct discovery would appear to necessitate a change in the Final Pretrial Conference and/or trial dates as well.",
        due=None,
        vague=False,
        said="2006-08-09 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_COZAD_9AUG06,
        published="2006-08-09",
    ),
    # the same order: a hypothetical the court rejects, no undertaking (CONVENTIONS 4.2): no deadline; unsure: the Final Pretrial Conference stands set for 10 October 2006, end of day PDT (2006-10-11 06:59:59 UTC)
    B(
        text='For example, it would not appear workable for the parties to have a "discovery motion cut-off date to and including September 30, 2006," while still maintaining the Final Pretrial Conference date of October 10, 2006, just ten days later.',
        due=None,
        vague=False,
        said="2006-08-09 17:00:00",
        tz="America/Los_Angeles",
        cluster=3,
        source=_COZAD_9AUG06,
        published="2006-08-09",
    ),
    # Federal Aviation Administration, Federal Register notice of 2 October 2023 (88 FR 67683, on govinfo.gov): the only date is the past publication: past
    B(
        text="SUMMARY: This action extends the comment period for a SNPRM titled ``Interior Parts and Components Fire Protection for Transport Category Airplanes'' that was published on August 17, 2023.",
        due=None,
        vague=False,
        said="2023-10-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FAA_FR_2OCT23,
        published="2023-10-02",
    ),
    # the same notice: no time at all
    B(
        text="In that document, the FAA provided additional information on its proposed elimination of a smoke emissions testing requirement.",
        due=None,
        vague=False,
        said="2023-10-02 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA_FR_2OCT23,
        published="2023-10-02",
    ),
    # the same notice: no time at all
    B(
        text="The FAA also changed its calculations related to the proposed rule's costs and benefits.",
        due=None,
        vague=False,
        said="2023-10-02 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA_FR_2OCT23,
        published="2023-10-02",
    ),
    # the same notice (a page marker inside the sentence left out): 'additional time' names no time: no deadline
    B(
        text="The FAA is extending the comment period closing date to allow commenters additional time to analyze the proposed rule and prepare a response.",
        due=None,
        vague=False,
        said="2023-10-02 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA_FR_2OCT23,
        published="2023-10-02",
    ),
    # the same notice: the new date is in the next sentence; here only the past publication and a citation: past
    B(
        text="DATES: The comment period for the SNPRM published on August 17, 2023, at 88 FR 55941, is extended.",
        due=None,
        vague=False,
        said="2023-10-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=1,
        source=_FAA_FR_2OCT23,
        published="2023-10-02",
    ),
    # the same notice: 'on or before November 30, 2023', end of day EST, 2023-12-01 04:59:59 UTC
    B(
        text="Comments should be received on or before November 30, 2023.",
        due="2023-12-01 04:59:59",
        vague=False,
        said="2023-10-02 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA_FR_2OCT23,
        published="2023-10-02",
    ),
    # the same notice: '2019' is part of a docket number: no deadline
    B(
        text="ADDRESSES: Send comments identified by docket number FAA-2019-0491 using any of the following methods:",
        due=None,
        vague=False,
        said="2023-10-02 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FAA_FR_2OCT23,
        published="2023-10-02",
    ),
    # the same notice: no time at all
    B(
        text="Federal eRulemaking Portal: Go to www.regulations.gov and follow the online instructions for sending your comments electronically.",
        due=None,
        vague=False,
        said="2023-10-02 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA_FR_2OCT23,
        published="2023-10-02",
    ),
    # Federal Aviation Administration, Federal Register notice of 31 May 2019 (84 FR 25207, on govinfo.gov): the only date is the past publication: past
    B(
        text="SUMMARY: This action extends the comment period for an NPRM that was published on April 15, 2019.",
        due=None,
        vague=False,
        said="2019-05-31 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FAA_FR_31MAY19,
        published="2019-05-31",
    ),
    # the same notice: no time at all
    B(
        text="In that document, the FAA proposed to streamline and increase the flexibility in the FAA's commercial space launch and reentry regulations.",
        due=None,
        vague=False,
        said="2019-05-31 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA_FR_31MAY19,
        published="2019-05-31",
    ),
    # the same notice: no time at all
    B(
        text="This action would consolidate and revise multiple regulatory parts and apply a single set of licensing and safety regulations across several types of operations and vehicles.",
        due=None,
        vague=False,
        said="2019-05-31 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA_FR_31MAY19,
        published="2019-05-31",
    ),
    # the same notice: no time at all
    B(
        text="The FAA is extending the comment period closing date to allow commenters time to adequately analyze the proposed rule and prepare response.",
        due=None,
        vague=False,
        said="2019-05-31 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA_FR_31MAY19,
        published="2019-05-31",
    ),
    # the same notice: 'extended until July 30, 2019' replaces the close of 14 June (CONVENTIONS 4.1), end of day EDT, 2019-07-31 03:59:59 UTC
    B(
        text="DATES: The comment period for the NPRM published on April 15, 2019 at 84 FR 15296 and scheduled to close on June 14, 2019, is extended until July 30, 2019.",
        due="2019-07-31 03:59:59",
        vague=False,
        said="2019-05-31 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FAA_FR_31MAY19,
        published="2019-05-31",
    ),
    # the same notice: '2019' is part of a docket number: no deadline
    B(
        text="ADDRESSES: You may send comments identified by docket number FAA-2019-0229 using any of the following methods:",
        due=None,
        vague=False,
        said="2019-05-31 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FAA_FR_31MAY19,
        published="2019-05-31",
    ),
    # the same notice: no time at all
    B(
        text="Federal eRulemaking Portal: Go to http://www.regulations.gov and follow the online instructions for sending your comments electronically.",
        due=None,
        vague=False,
        said="2019-05-31 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA_FR_31MAY19,
        published="2019-05-31",
    ),
    # the same notice: street, room and postal numbers ('1200' is no clock time): no deadline
    B(
        text="Mail: Send comments to Docket Operations, M-30; U.S. Department of Transportation (DOT), 1200 New Jersey Avenue SE, Room W12-140, West Building Ground Floor, Washington, DC 20590-0001.",
        due=None,
        vague=False,
        said="2019-05-31 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FAA_FR_31MAY19,
        published="2019-05-31",
    ),
    # Federal Aviation Administration, Federal Register notice of 6 January 2004 (FR Doc. 03-32335, on Self-Law): the only date is the past publication: past
    B(
        text="This action extends the comment period for an NPRM that was published on November 14, 2003 (68 FR 64730).",
        due=None,
        vague=False,
        said="2004-01-06 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FAA_FR_6JAN04,
        published="2004-01-06",
    ),
    # the same notice: no time at all
    B(
        text="In that document, the FAA proposed to issue regulations governing flights that go beyond certain distances from an adequate airport.",
        due=None,
        vague=False,
        said="2004-01-06 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA_FR_6JAN04,
        published="2004-01-06",
    ),
    # the same notice: no time at all
    B(
        text="This extension responds to requests received during the comment period for the NPRM.",
        due=None,
        vague=False,
        said="2004-01-06 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA_FR_6JAN04,
        published="2004-01-06",
    ),
    # the same notice: 'on or before March 15, 2004', end of day EST, 2004-03-16 04:59:59 UTC
    B(
        text="Send your comments on or before March 15, 2004.",
        due="2004-03-16 04:59:59",
        vague=False,
        said="2004-01-06 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA_FR_6JAN04,
        published="2004-01-06",
    ),
    # the same notice (after the heading 'Comments Invited'): no time at all
    B(
        text="The FAA invites interested persons to participate in this proposed rulemaking by submitting written comments, data, or views.",
        due=None,
        vague=False,
        said="2004-01-06 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA_FR_6JAN04,
        published="2004-01-06",
    ),
    # the same notice: no time at all
    B(
        text="We also invite comments relating to the economic, environmental, energy, or federalism impact that might result from adopting the proposals in this document.",
        due=None,
        vague=False,
        said="2004-01-06 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA_FR_6JAN04,
        published="2004-01-06",
    ),
    # the same notice: no time at all
    B(
        text="The most helpful comments reference a specific portion of the proposal, explain the reason for any recommended change, and include supporting data.",
        due=None,
        vague=False,
        said="2004-01-06 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA_FR_6JAN04,
        published="2004-01-06",
    ),
    # the same notice: 'two copies' is a count: no deadline
    B(
        text="We ask that you send us two copies of written comments.",
        due=None,
        vague=False,
        said="2004-01-06 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FAA_FR_6JAN04,
        published="2004-01-06",
    ),
    # the same notice: no time at all
    B(
        text="We will file in the docket all comments we receive, as well as a report summarizing each substantive public contact with FAA personnel concerning this proposed rulemaking.",
        due=None,
        vague=False,
        said="2004-01-06 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA_FR_6JAN04,
        published="2004-01-06",
    ),
    # the same notice: 'before and after the comment closing date' undertakes nothing by a time: no deadline
    B(
        text="The docket is available for public inspection before and after the comment closing date.",
        due=None,
        vague=False,
        said="2004-01-06 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA_FR_6JAN04,
        published="2004-01-06",
    ),
    # the same notice: opening hours 'Monday through Friday': recurring
    B(
        text="If you wish to review the docket in person, go to the address in the ADDRESSES section of this preamble between 9 a.m. and 5 p.m., Monday through Friday, except Federal holidays.",
        due=None,
        vague=False,
        said="2004-01-06 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FAA_FR_6JAN04,
        published="2004-01-06",
    ),
    # the same notice: no time at all
    B(
        text="You may also review the docket using the Internet at the web address in the ADDRESSES section.",
        due=None,
        vague=False,
        said="2004-01-06 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA_FR_6JAN04,
        published="2004-01-06",
    ),
    # Australian Government, media release FN004/2016 of the Minister for Regional Development, 2 March 2016: 'until 15 March 2016', end of day AEDT, 2016-03-15 12:59:59 UTC
    B(
        text="Applicants have until 15 March 2016 to submit applications for funding under Round Three of the National Stronger Regions Fund, which funds priority infrastructure projects in regional communities.",
        due="2016-03-15 12:59:59",
        vague=False,
        said="2016-03-01 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_AU_NSRF_2MAR16,
        published="2016-03-02",
    ),
    # Australian Government, media release WT418/2015 of the Deputy Prime Minister, 9 December 2015: the opening is a one-off event on 15 January 2016 (CONVENTIONS 3.1), end of day AEDT, 2016-01-15 12:59:59 UTC; unsure: applications accepted from that day, earliest only (CONVENTIONS 3.2, 2016-01-14 13:00:00 UTC)
    B(
        text="Round Three of the National Stronger Regions Fund will open for applications on 15 January 2016.",
        due="2016-01-15 12:59:59",
        vague=False,
        said="2015-12-08 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_AU_NSRF_9DEC15,
        published="2015-12-09",
    ),
    # Council of the European Union, media advisory 'Main topics and media events 5 - 18 December 2016', 2 December 2016 at 17:45 CET (the page's time is the reference): 'over the next two weeks' from Friday 2 December is 16 December, end of day CET, 2016-12-16 22:59:59 UTC; unsure: the page's title puts the period at 5 to 18 December (2016-12-18 22:59:59 UTC)
    B(
        text="Overview of the main subjects to be discussed at meetings of the Council of the EU over the next two weeks.",
        due="2016-12-16 22:59:59",
        vague=False,
        said="2016-12-02 16:45:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EU_COUNCIL_TOPICS_2DEC16,
        published="2016-12-02",
    ),
    # the same advisory: the day is in the heading above it ('Energy, 5 December'), none in the sentence: no deadline
    B(
        text="The Council will have a policy debate on the proposal for a regulation concerning measures to safeguard the security of gas supply, which is one of the main building blocks of the Energy Union.",
        due=None,
        vague=False,
        said="2016-12-02 16:45:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EU_COUNCIL_TOPICS_2DEC16,
        published="2016-12-02",
    ),
    # the same advisory: no time at all
    B(
        text="The Council will also take stock of progress on two important legislative files on which negotiations with the EP have already started: a decision on an information exchange mechanism with regard to intergovernmental agreements and non-binding instruments in the field of energy and a decision on energy efficiency labelling.",
        due=None,
        vague=False,
        said="2016-12-02 16:45:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EU_COUNCIL_TOPICS_2DEC16,
        published="2016-12-02",
    ),
    # the same advisory: the day is in the heading above it (6 December), none in the sentence: no deadline
    B(
        text="The Council will be called on to agree to an extension of the European fund for strategic investments, and may review work on the proposed European deposit insurance scheme.",
        due=None,
        vague=False,
        said="2016-12-02 16:45:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EU_COUNCIL_TOPICS_2DEC16,
        published="2016-12-02",
    ),
    # the same advisory: no time at all
    B(
        text="Bank capital requirements and the proposed financial transaction tax are also on the agenda.",
        due=None,
        vague=False,
        said="2016-12-02 16:45:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EU_COUNCIL_TOPICS_2DEC16,
        published="2016-12-02",
    ),
    # the same advisory: no time at all
    B(
        text="The Council aims at reaching a general approach on new regulations for the following agencies: Eurofound, EU-OSHA and Cedefop.",
        due=None,
        vague=False,
        said="2016-12-02 16:45:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EU_COUNCIL_TOPICS_2DEC16,
        published="2016-12-02",
    ),
    # the same advisory: no time at all
    B(
        text="It will take stock of progress on posting of workers, accessibility and the equal treatment directives.",
        due=None,
        vague=False,
        said="2016-12-02 16:45:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EU_COUNCIL_TOPICS_2DEC16,
        published="2016-12-02",
    ),
    # the same advisory: no time at all
    B(
        text="It will hold a policy debate on the European pillar for social rights.",
        due=None,
        vague=False,
        said="2016-12-02 16:45:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EU_COUNCIL_TOPICS_2DEC16,
        published="2016-12-02",
    ),
    # Council of the European Union, press release 15460/04 of the General Affairs and External Relations Council, Brussels, 13 December 2004: a meeting number and a document number: no deadline
    B(
        text="* The 2631st meeting on External Relations is the subject of a separate press release (15461/04).",
        due=None,
        vague=False,
        said="2004-12-13 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EU_GAERC_13DEC04,
        published="2004-12-13",
    ),
    # the same release: the European Council 'to be held on 16 and 17 December' (2004), the later day, end of day CET, 2004-12-17 22:59:59 UTC; the dates are on the meeting, not on the examining (read as CONVENTIONS 2.2); unsure: the examining is done (past)
    B(
        text="The Council examined draft conclusions presented by the Presidency in preparation for the European Council to be held on 16 and 17 December, dealing in particular with the conclusion of membership negotiations with Bulgaria and Romania and the opening of negotiations with Turkey and Croatia.",
        due="2004-12-17 22:59:59",
        vague=False,
        said="2004-12-13 09:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_EU_GAERC_13DEC04,
        published="2004-12-13",
    ),
    # the same release: '1572' is a resolution number; no time: no deadline
    B(
        text="It adopted measures, in implementation of UN Security Council Resolution 1572, to restrict the provision of arms and military assistance to Ivory Coast and to impose a visa ban and freeze of assets on persons constituting a threat to peace and national reconciliation.",
        due=None,
        vague=False,
        said="2004-12-13 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EU_GAERC_13DEC04,
        published="2004-12-13",
    ),
    # the same release: no time at all
    B(
        text="It also adopted a visa ban on officials responsible for electoral fraud and for human rights violations in Belarus.",
        due=None,
        vague=False,
        said="2004-12-13 09:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EU_GAERC_13DEC04,
        published="2004-12-13",
    ),
    # the same release: 'in the future' gives no time: no deadline
    B(
        text="The Council endorsed a progress report on the EU strategy against proliferation of WMD and a list of priorities for its coherent implementation in the future.",
        due=None,
        vague=False,
        said="2004-12-13 09:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EU_GAERC_13DEC04,
        published="2004-12-13",
    ),
    # the same release: no time at all
    B(
        text="It also endorsed recommendations on export control systems for dual use goods.",
        due=None,
        vague=False,
        said="2004-12-13 09:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EU_GAERC_13DEC04,
        published="2004-12-13",
    ),
    # the same release: no time at all
    B(
        text="The Council adopted conclusions on ESDP including approval of proposals for a civilian/military cell.",
        due=None,
        vague=False,
        said="2004-12-13 09:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EU_GAERC_13DEC04,
        published="2004-12-13",
    ),
    # the same release: 'the expiry' is not dated here: no deadline
    B(
        text="It adopted new provisions to take account of the expiry of the WTO's agreement on textile and clothing and adopted rules aimed at extending equal treatment between men and women beyond the workplace to other areas of everyday life.",
        due=None,
        vague=False,
        said="2004-12-13 09:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EU_GAERC_13DEC04,
        published="2004-12-13",
    ),
    # Council of the European Union, press release 8816/05 of the General Affairs and External Relations Council, Brussels, 23 May 2005 (reproduced on DocsBay): a meeting number and a document number: no deadline
    B(
        text="* The 2660th meeting on External Relations is the subject of a separate press release (8817/05).",
        due=None,
        vague=False,
        said="2005-05-23 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EU_GAERC_23MAY05,
        published="2005-05-23",
    ),
    # the same release: the meeting 'to be held ... on 16 and 17 June 2005', the later day, end of day CEST, 2005-06-17 21:59:59 UTC; the dates are on the meeting, not on the noting (read as CONVENTIONS 2.2); unsure: the noting is done (past)
    B(
        text="The Council took note of an annotated draft agenda for the European Council meeting to be held in Brussels on 16 and 17 June 2005.",
        due="2005-06-17 21:59:59",
        vague=False,
        said="2005-05-23 08:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_EU_GAERC_23MAY05,
        published="2005-05-23",
    ),
    # the same release: the meeting 'held on the eve' (22 May) is done: past; the run 'theperiod20072013' is the page's own (the years 2007-2013 of the framework, no deadline)
    B(
        text="In particular, at an informal meeting held on the eve of the Council meeting, Ministers examined a text submitted by the Presidency with a view to preparing for the European Council's agreement to the budgetary framework for the EU for theperiod20072013.",
        due=None,
        vague=False,
        said="2005-05-23 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=1,
        source=_EU_GAERC_23MAY05,
        published="2005-05-23",
    ),
    # the same release: 'For the first time' is no time: no deadline
    B(
        text="For the first time in the negotiations, the text includes indications on the amounts per category of expenditure and the outline of a solution to the question of the EU's own resources.",
        due=None,
        vague=False,
        said="2005-05-23 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EU_GAERC_23MAY05,
        published="2005-05-23",
    ),
    # the same release: no time at all
    B(
        text="It also includes adjustments in the section on cohesion policy in order to take account of the positions expressed by the Member States.",
        due=None,
        vague=False,
        said="2005-05-23 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EU_GAERC_23MAY05,
        published="2005-05-23",
    ),
    # US Coast Guard, Federal Register notice of 7 February 2012 (quarterly listing of expired temporary rules, on FederalRegister.gov): rules in force from May to November 2011 that have expired: past
    B(
        text="This document provides required notice of substantive rules issued by the Coast Guard and that were made temporarily effective between May 2011 and November 2011, and that expired before they could be published in the Federal Register.",
        due=None,
        vague=False,
        said="2012-02-07 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USCG_FR_7FEB12,
        published="2012-02-07",
    ),
    # the same notice: 'of limited duration' names no time: no deadline
    B(
        text="This notice lists temporary safety zones, security zones, special local regulations, drawbridge operation regulations and regulated navigation areas, all of limited duration and for which timely publication in the Federal Register was not possible.",
        due=None,
        vague=False,
        said="2012-02-07 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USCG_FR_7FEB12,
        published="2012-02-07",
    ),
    # the same notice: a range of 2011 dates, all before the notice: past
    B(
        text="This document lists temporary Coast Guard rules between May 1, 2011, and November 15, 2011, that became effective and were terminated before they could be published in the Federal Register.",
        due=None,
        vague=False,
        said="2012-02-07 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_USCG_FR_7FEB12,
        published="2012-02-07",
    ),
    # the same notice: no time at all
    B(
        text="The Docket Management Facility maintains the public docket for this notice.",
        due=None,
        vague=False,
        said="2012-02-07 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USCG_FR_7FEB12,
        published="2012-02-07",
    ),
    # the same notice: opening hours 'Monday through Friday' ('1200' is a street number): recurring
    B(
        text="Documents indicated in this notice will be available for inspection or copying at the Docket Management Facility (M-30), U.S. Department of Transportation, West Building ground floor, room W12-140, 1200 New Jersey Avenue SE., Washington, DC 20590 between 9 a.m. and 5 p.m., Monday through Friday, except federal holidays.",
        due=None,
        vague=False,
        said="2012-02-07 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_USCG_FR_7FEB12,
        published="2012-02-07",
    ),
    # the same notice: a telephone number: no deadline
    B(
        text="For questions on this notice contact Yeoman First Class Marcus Hyde, Office of Regulations and Administrative Law, telephone (202) 372-3862.",
        due=None,
        vague=False,
        said="2012-02-07 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USCG_FR_7FEB12,
        published="2012-02-07",
    ),
    # the same notice: a telephone number: no deadline
    B(
        text="For questions on viewing, or on submitting material to the docket, contact Renee V. Wright, Program Manager, Docket Operations, telephone (202) 366-9826.",
        due=None,
        vague=False,
        said="2012-02-07 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USCG_FR_7FEB12,
        published="2012-02-07",
    ),
    # US Coast Guard, Federal Register notice of 14 November 2011 (quarterly listing, on FederalRegister.gov; the sentences it shares word for word with the notice of 7 February 2012 are quoted once, there): rules of March 2010 to July 2011 that have expired: past
    B(
        text="This document provides required notice of substantive rules issued by the Coast Guard and temporarily effective between March 2010 and July 2011, that expired before they could be published in the Federal Register.",
        due=None,
        vague=False,
        said="2011-11-14 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USCG_FR_14NOV11,
        published="2011-11-14",
    ),
    # the same notice: a range of dates before the notice: past
    B(
        text="This document lists temporary Coast Guard rules between March 1, 2010 and July 23, 2011 that became effective and were terminated before they could be published in the Federal Register.",
        due=None,
        vague=False,
        said="2011-11-14 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_USCG_FR_14NOV11,
        published="2011-11-14",
    ),
    # the same notice: a telephone number: no deadline
    B(
        text="For questions on viewing, or on submitting material to the docket, contact Ms. Angie Ames, Docket Operations, telephone (202) 366-5115.",
        due=None,
        vague=False,
        said="2011-11-14 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USCG_FR_14NOV11,
        published="2011-11-14",
    ),
    # US Coast Guard, Federal Register notice of 1 February 2005 (quarterly listing of temporary rules, on FederalRegister.gov): rules in force in the last quarter of 2004: past
    B(
        text="This document provides required notice of substantive rules issued by the Coast Guard and temporarily effective between October 1, 2004 and December 31, 2004, that were not published in the Federal Register.",
        due=None,
        vague=False,
        said="2005-02-01 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_USCG_FR_1FEB05,
        published="2005-02-01",
    ),
    # the same notice: 'quarterly' describes the notice, no time for an act: no deadline; unsure: a reader could take 'quarterly' for a standing schedule (recurring)
    B(
        text="This quarterly notice lists temporary special local regulations, security zones, safety zones, and regulated navigation areas, all of limited duration for which timely publication in the Federal Register was not possible.",
        due=None,
        vague=False,
        said="2005-02-01 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USCG_FR_1FEB05,
        published="2005-02-01",
    ),
    # the same notice (its own typo kept): a range of 2004 dates before the notice: past
    B(
        text="This document lists temporary Coast Guard rules that because effective and were terminated between October 1, 2004, and December 31, 2004.",
        due=None,
        vague=False,
        said="2005-02-01 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_USCG_FR_1FEB05,
        published="2005-02-01",
    ),
    # the same notice: no time at all
    B(
        text="The Department of Transportation Docket Management Facility maintains the public docket for this notice.",
        due=None,
        vague=False,
        said="2005-02-01 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USCG_FR_1FEB05,
        published="2005-02-01",
    ),
    # the same notice: opening hours 'Monday through Friday': recurring
    B(
        text="Documents indicated in this notice will be available for inspection or copying at the Docket Management Facility, U.S. Department of Transportation, Room PL-401, 400 Seventh Street, SW., Washington, DC 20593-0001 between 9 a.m. and 5 p.m., Monday through Friday, except Federal holidays.",
        due=None,
        vague=False,
        said="2005-02-01 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_USCG_FR_1FEB05,
        published="2005-02-01",
    ),
    # the same notice: a telephone number: no deadline
    B(
        text="For questions on this notice contact LT Jeff Bray, Office of Regulations and Administrative Law, telephone (202) 267-2830.",
        due=None,
        vague=False,
        said="2005-02-01 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USCG_FR_1FEB05,
        published="2005-02-01",
    ),
    # the same notice: a telephone number: no deadline
    B(
        text="For questions on viewing, or on submitting material to the docket, contact Renee Z. Wright, Acting Program Manager, Docket Operations, telephone (202) 493-0402.",
        due=None,
        vague=False,
        said="2005-02-01 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USCG_FR_1FEB05,
        published="2005-02-01",
    ),
    # US Coast Guard, proposed rule of 16 May 2017 (82 FR 22448, on thefederalregister.org; the summary line cut short before it is the same sentence): the only time word is 'annually recurring' events: recurring; unsure: the proposal itself has no time (no deadline, no refusal word)
    B(
        text="The Coast Guard proposes to establish moving safety zones for certain waters within the Sector Key West Captain of the Port (COTP) Zone for five annually recurring marine events.",
        due=None,
        vague=False,
        said="2017-05-16 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_USCG_FR_16MAY17,
        published="2017-05-16",
    ),
    # the same proposal: 'during these events' dates nothing: no deadline
    B(
        text="This action is necessary to provide for the safety of the participants, participant vessels, and the general public on the navigable waters of the United States during these events.",
        due=None,
        vague=False,
        said="2017-05-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USCG_FR_16MAY17,
        published="2017-05-16",
    ),
    # the same proposal: a condition with no time: no deadline
    B(
        text="When these safety zones are activated and subject to enforcement, this rule would prohibit persons and vessels, other than those participating in the event, from entering, transiting through, anchoring in, or remaining within the regulated area unless authorized by the COTP Key West or a designated representative.",
        due=None,
        vague=False,
        said="2017-05-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USCG_FR_16MAY17,
        published="2017-05-16",
    ),
    # the same proposal: no time at all
    B(
        text="We invite your comments on this proposed rule.",
        due=None,
        vague=False,
        said="2017-05-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USCG_FR_16MAY17,
        published="2017-05-16",
    ),
    # US District Court for the Eastern District of California, order setting a status conference, 12 April 2012 (Miller v. Brown, CIV S-11-0456 JAM DAD PS, on casetext): a ruling of February 2012: past
    B(
        text="On February 15, 2012, the assigned District Judge granted a motion filed by plaintiffs' attorneys to be relieved as plaintiffs' counsel of record.",
        due=None,
        vague=False,
        said="2012-04-12 17:00:00",
        tz="America/Los_Angeles",
        refusal="past",
        cluster=5,
        source=_MILLER_12APR12,
        published="2012-04-12",
    ),
    # the same order: 'That same day' is 15 February 2012, before the order: past
    B(
        text="That same day the assigned District Judge referred this matter to the undersigned pursuant to Local Rule 302(c)(21).",
        due=None,
        vague=False,
        said="2012-04-12 17:00:00",
        tz="America/Los_Angeles",
        refusal="past",
        cluster=5,
        source=_MILLER_12APR12,
        published="2012-04-12",
    ),
    # the same order: no time at all
    B(
        text="Good cause appearing, IT IS ORDERED that:",
        due=None,
        vague=False,
        said="2012-04-12 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_MILLER_12APR12,
        published="2012-04-12",
    ),
    # the same order: 'Friday, June 8, 2012, at 10:00 a.m.' (8 June 2012 was a Friday), PDT, 2012-06-08 17:00:00 UTC; '501' and '27' are a street and a courtroom number
    B(
        text="1. A Status (Pretrial Scheduling) Conference is set for Friday, June 8, 2012, at 10:00 a.m. at the United States District Court, 501 I Street, Sacramento, California, in Courtroom No. 27 before the undersigned;",
        due="2012-06-08 17:00:00",
        vague=False,
        said="2012-04-12 17:00:00",
        tz="America/Los_Angeles",
        cluster=2,
        source=_MILLER_12APR12,
        published="2012-04-12",
    ),
    # the same order: a span from an undated service (CONVENTIONS 1.3): event
    B(
        text="2. Within fourteen (14) days after plaintiffs are served with this order, plaintiffs shall serve a copy of the order on each defendant.",
        due=None,
        vague=False,
        said="2012-04-12 17:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=5,
        source=_MILLER_12APR12,
        published="2012-04-12",
    ),
    # the same order: a span from an undated service (CONVENTIONS 1.3): event
    B(
        text="Within five (5) days after serving copies of this order on each defendant, plaintiffs shall file with this court a certificate of service indicating the date and manner of service of this order on the defendant;",
        due=None,
        vague=False,
        said="2012-04-12 17:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=5,
        source=_MILLER_12APR12,
        published="2012-04-12",
    ),
    # the same order: no time of its own: no deadline
    B(
        text="3. Any party may appear at the status conference telephonically.",
        due=None,
        vague=False,
        said="2012-04-12 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_MILLER_12APR12,
        published="2012-04-12",
    ),
    # the same order: '48 hours before the status conference', which this sentence does not date: event; unsure: the conference is set in the order for 8 June 2012 at 10:00 a.m., so 6 June 2012 at 10:00 a.m. PDT (2012-06-06 17:00:00 UTC)
    B(
        text="To arrange telephonic appearance, the party must contact Pete Buzo, courtroom deputy to the undersigned, at (916) 930-4128 not later than 48 hours before the status conference.",
        due=None,
        vague=False,
        said="2012-04-12 17:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=1,
        source=_MILLER_12APR12,
        published="2012-04-12",
    ),
    # the same order: no time at all
    B(
        text="A land line telephone number must be provided for the court's use in placing a call to the party appearing telephonically;",
        due=None,
        vague=False,
        said="2012-04-12 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_MILLER_12APR12,
        published="2012-04-12",
    ),
    # the same order: two dates, the later counts (CONVENTIONS 6.1): 'on or before June 1, 2012', end of day PDT, 2012-06-02 06:59:59 UTC
    B(
        text="4. Plaintiffs shall file and serve a joint status report on or before May 25, 2012, and each defendant shall file and serve a status report on or before June 1, 2012.",
        due="2012-06-02 06:59:59",
        vague=False,
        said="2012-04-12 17:00:00",
        tz="America/Los_Angeles",
        cluster=3,
        source=_MILLER_12APR12,
        published="2012-04-12",
    ),
    # the same order: no time at all (the lettered list of topics that follows is not quoted)
    B(
        text="Each party's status report shall address all of the following matters:",
        due=None,
        vague=False,
        said="2012-04-12 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_MILLER_12APR12,
        published="2012-04-12",
    ),
    # US District Court for the Eastern District of California, order setting an initial scheduling conference, 26 October 2023 (Bridges v. Kohl's Stores, 2:23-cv-00685-DAD-JDP, on casetext): no time at all
    B(
        text="The district judge has referred this matter to the undersigned to hold an initial scheduling conference.",
        due=None,
        vague=False,
        said="2023-10-26 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_BRIDGES_26OCT23,
        published="2023-10-26",
    ),
    # the same order: no time at all
    B(
        text="Accordingly, it is hereby ORDERED that:",
        due=None,
        vague=False,
        said="2023-10-26 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_BRIDGES_26OCT23,
        published="2023-10-26",
    ),
    # the same order: 'December 7, 2023, at 10:00 a.m.', PST, 2023-12-07 18:00:00 UTC
    B(
        text="1. An initial scheduling conference is set for December 7, 2023, at 10:00 a.m.",
        due="2023-12-07 18:00:00",
        vague=False,
        said="2023-10-26 17:00:00",
        tz="America/Los_Angeles",
        cluster=2,
        source=_BRIDGES_26OCT23,
        published="2023-10-26",
    ),
    # the same order: no time of its own: no deadline
    B(
        text="The conference will be conducted remotely via Zoom.",
        due=None,
        vague=False,
        said="2023-10-26 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_BRIDGES_26OCT23,
        published="2023-10-26",
    ),
    # the same order: 'one week prior to the scheduling conference', which this sentence does not date: event; unsure: the conference is set in the line before for 7 December 2023, so 30 November 2023, end of day PST (2023-12-01 07:59:59 UTC)
    B(
        text="The Zoom invitation will be distributed one week prior to the scheduling conference.",
        due=None,
        vague=False,
        said="2023-10-26 17:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=5,
        source=_BRIDGES_26OCT23,
        published="2023-10-26",
    ),
    # the same order: 'fourteen days prior to the scheduling conference', not dated in this sentence: event; unsure: 23 November 2023, end of day PST (2023-11-24 07:59:59 UTC), from the conference's date above
    B(
        text="2. No later than fourteen days prior to the scheduling conference, the parties shall file status reports that address the following:",
        due=None,
        vague=False,
        said="2023-10-26 17:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=5,
        source=_BRIDGES_26OCT23,
        published="2023-10-26",
    ),
    # the same order: no time at all (the lettered list of topics that follows is not quoted)
    B(
        text="The parties are encouraged to file a joint status report.",
        due=None,
        vague=False,
        said="2023-10-26 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_BRIDGES_26OCT23,
        published="2023-10-26",
    ),
    # US District Court for the Southern District of New York, order of 19 July 2021 (Olmo v. Commissioner of Social Security, 20 CV 8661-LTS-KNF, on casetext): an order of 11 June and a span that ran out on 25 June 2021: past
    B(
        text="On June 11, 2021, the Court issued an order directing the parties to discuss whether they are willing to consent, under 28 U.S.C. § 636(c), to conducting all further proceedings before the Magistrate Judge, within two weeks of the date of that order.",
        due=None,
        vague=False,
        said="2021-07-19 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_OLMO_19JUL21,
        published="2021-07-19",
    ),
    # the same order: a direction already given ('further directed'): past; unsure: the span runs from an undated conferring (event)
    B(
        text="The Court further directed the parties to notify the Court, within two weeks of the date on which the parties confer, whether the parties have consented to having the Magistrate Judge decide their case by either (1) filing a full executed Notice, Consent, and Reference of a Civil Action to a Magistrate Judge form should the parties consent; or (2) having counsel for the Defendant file a letter advising the Court that the parties do not consent, without disclosing the identity of the party or parties who do not consent.",
        due=None,
        vague=False,
        said="2021-07-19 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_OLMO_19JUL21,
        published="2021-07-19",
    ),
    # the same order: 'the time for doing so has elapsed': past
    B(
        text="The docket sheet, maintained by the Clerk of Court for this action, does not reflect that the proper form or letter revealing the parties' preference has been filed and the time for doing so has elapsed.",
        due=None,
        vague=False,
        said="2021-07-19 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_OLMO_19JUL21,
        published="2021-07-19",
    ),
    # the same order: 'on or before July 23, 2021', end of day EDT, 2021-07-24 03:59:59 UTC
    B(
        text="Therefore, on or before July 23, 2021, the parties shall inform the Court of the status of their consideration of the issue of consent by filing the above-referenced form or letter.",
        due="2021-07-24 03:59:59",
        vague=False,
        said="2021-07-19 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_OLMO_19JUL21,
        published="2021-07-19",
    ),
    # the same order: no time at all
    B(
        text="SO ORDERED.",
        due=None,
        vague=False,
        said="2021-07-19 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_OLMO_19JUL21,
        published="2021-07-19",
    ),
)
