"""A seventeenth set of real phrasings, labelled by hand BEFORE the parser was run on them: the
held-back check of round 11 of issue 12 (branch issue12t-s13), collected and labelled before
any rule of the round was written, from pages listed nowhere else in README.md (and claimed
in the helpers' shared list before use), then scored once on main before any change and once
more at the end of the round on the branch, and left as it is (no rule is written from it).
Sampled as the pages came: every full sentence of an excerpt that holds a time word was
taken, whatever its kind (headings, sentences cut off by the excerpt, sentences repeated word
for word in a summary, and pages whose day of publication could not be told were left out).
Not blind in the strict sense (the collector is the tuner), but labelled before the round's
rules existed. Same conventions as `kinds_real16.py` (publisher's zone; publication at 10:00
local unless the page gives the time of sitting; a day due at 23:59:59 local; a range or a
schedule falls due at its later end; "shortly" a vague 60 days; "later this year" a vague
window to the year's end; refusals `due=None`). Each sentence is labelled from its own
words and the day it was published, not from the sentences around it. Labels marked
"unsure" are the ones a reviewer may argue (the comment names the other reading). Sources
and licences: README.md ("Seventeenth kinds set"). Never edit these labels to fit the parser.

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 17 case(s) removed, Senedd material (Senedd Commission terms: re-use on application only); 17 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_POO18 = "https://parallelparliament.co.uk/debate/2018-02-01/commons/commons-chamber/point-of-order"
_WQ24 = "https://record.senedd.wales/OrderPaper/WrittenQuestions/12-03-2024"
_SEN19 = "https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2019-01-23.2.158449&s=speaker%3A24899"
_SEN22 = (
    "https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2022-01-18.3.399920.h"
    "&s=%28%28education+OR+schools%29%29+speaker%3A26129"
)
_OWT24 = "https://www.govinfo.gov/content/pkg/FR-2024-08-05/html/2024-17152.htm"
_HUMP15 = "https://thefederalregister.org/80-FR/23742"
_CONCH22 = "https://federalstatelaw.com/federal-register/2022-24512"
_HMS14 = (
    "https://thefederalregister.org/documents/2014-22266/atlantic-highly-migratory-species-2006-"
    "consolidated-highly-migratory-species-fishery-management-plan-amendment-9"
)
LON = "Europe/London"
NY = "America/New_York"

KINDS17_CASES: tuple[BlindCase, ...] = (
    # House of Commons, point of order, Thursday 1 February 2018 (GMT)
    # a strategy that was due in summer 2017: told as past
    B(text="In an oral statement on social care on 7 December 2017, the then Care Minister, the hon. Member for Thurrock (Jackie Doyle-Price), replied to a question I asked about the Government abandoning the carers strategy that had been due to be published in summer 2017—a strategy that has been dragging on for so long, in fact, that the right hon. Member for North East Bedfordshire (Alistair Burt) was associated with that piece of work when he was in his former role.",
      due=None, vague=False, said="2018-02-01 10:00:00", tz=LON, refusal="past",
      cluster=5, source=_POO18, published="2018-02-01"),
    # a quotation said on 7 December 2017 (named in the citation): "in January" is January
    # 2018, the month just gone. Unsure: read from the day of publication alone, January 2019.
    B(text="In the meantime, it is very important to pull together exactly what support there is at present and then respond to that, and we will publish our action plan in January.”—[Official Report, 7 December 2017; Vol. 632, c. 1238-1239.]",
      due="2018-01-31 23:59:59", vague=False, said="2018-02-01 10:00:00", tz=LON,
      precision="day", cluster=3, source=_POO18, published="2018-02-01"),
    B(text="It is now February.",
      due=None, vague=False, said="2018-02-01 10:00:00", tz=LON,
      cluster=5, source=_POO18, published="2018-02-01"),
    B(text="Mr Speaker has made it very clear in the past—of course, I agree with him—that when a Minister has given an undertaking that something will be done, it ought to be done.",
      due=None, vague=False, said="2018-02-01 10:00:00", tz=LON,
      cluster=5, source=_POO18, published="2018-02-01"),
    # NMFS, oceanic whitetip shark hearings, Federal Register, Monday 5 August 2024 (EDT)
    # the dates follow in a list this sentence does not hold
    B(text="DATES: Public hearings on the proposed protective regulations for the oceanic whitetip shark will be held on the following dates in the evening hours of the affected jurisdictions (Hawai'i, Guam, the Commonwealth of the Northern Mariana Islands (CNMI), and American Samoa).",
      due=None, vague=False, said="2024-08-05 14:00:00", tz=NY, day_first=False, refusal="event",
      cluster=3, source=_OWT24, published="2024-08-05"),
    B(text="Times are given in Chamorro Standard Time (ChST), Samoa Standard Time (SST), and Hawai'i Standard Time (HST).",
      due=None, vague=False, said="2024-08-05 14:00:00", tz=NY, day_first=False,
      cluster=2, source=_OWT24, published="2024-08-05"),
    # a day with no clock time: 23:59:59 in the publisher's zone
    B(text="An in-person public hearing is scheduled for Tuesday, August 20, 2024, at the King Kamehameha Kona Beach Resort, Kailua-Kona, Hawai'i.",
      due="2024-08-21 03:59:59", vague=False, said="2024-08-05 14:00:00", tz=NY, day_first=False,
      precision="day", cluster=3, source=_OWT24, published="2024-08-05"),
    # times of a schedule with a zone and no day: read from the day of publication, at the
    # later end (7 p.m. HST on 5 August 2024). Unsure: the day is the one of the sentence
    # before (20 August), or None for a time with no day of its own.
    B(text="Doors will open at 5:30 p.m. HST, the informational meeting will begin at 6 p.m. HST, and the public hearing will begin at 7 p.m. HST.",
      due="2024-08-06 05:00:00", vague=False, said="2024-08-05 14:00:00", tz=NY, day_first=False,
      precision="minute", cluster=2, source=_OWT24, published="2024-08-05"),
    # NOAA, Hawaiian Islands humpback whale sanctuary hearings, 80 FR 23742 (April 2015;
    # published 29 April 2015 as the page's volume and page tell, to the week)
    B(text="On March 26, 2015, NOAA published a proposed rule in the Federal Register proposing to expand the boundaries and scope of the Hawaiian Islands Humpback Whale National Marine Sanctuary (HIHWNMS) (80 FR 16224).",
      due=None, vague=False, said="2015-04-29 14:00:00", tz=NY, day_first=False, refusal="past",
      cluster=5, source=_HUMP15, published="2015-04-29"),
    B(text="The end of the scoping period remains June 19, 2015.",
      due="2015-06-20 03:59:59", vague=False, said="2015-04-29 14:00:00", tz=NY, day_first=False,
      precision="day", cluster=3, source=_HUMP15, published="2015-04-29"),
    # the past date dates the notice; the deadline is "through June 19, 2015"
    B(text="DATES: NOAA will accept public comments on the notice of proposed rulemaking published at 80 FR 16224 (March 26, 2015), the draft environmental impact statement, and draft management plan through June 19, 2015.",
      due="2015-06-20 03:59:59", vague=False, said="2015-04-29 14:00:00", tz=NY, day_first=False,
      precision="day", cluster=3, source=_HUMP15, published="2015-04-29"),
    B(text="Instructions: Comments sent by any other method, to any other address or individual, or received after the end of the comment period, may not be considered by NOAA.",
      due=None, vague=False, said="2015-04-29 14:00:00", tz=NY, day_first=False, refusal="event",
      cluster=5, source=_HUMP15, published="2015-04-29"),
    # NMFS, queen conch, Federal Register, Thursday 10 November 2022 (EST)
    B(text="We, NMFS, will hold a public hearing related to our proposed rule published September 8, 2022, to list the queen conch (Aliger gigas) as a threatened species under the Endangered Species Act (ESA).",
      due=None, vague=False, said="2022-11-10 15:00:00", tz=NY, day_first=False, refusal="past",
      cluster=3, source=_CONCH22, published="2022-11-10"),
    B(text="We are also reopening the public comment period, which will now close on December 15, 2022.",
      due="2022-12-16 04:59:59", vague=False, said="2022-11-10 15:00:00", tz=NY, day_first=False,
      precision="day", cluster=3, source=_CONCH22, published="2022-11-10"),
    # NMFS, Amendment 9 hearings (FR doc 2014-22266, September 2014; 19 September 2014 taken
    # as the day: every label below is the same for any day of that month after the 7th)
    B(text="On August 7, 2014, NMFS published a proposed rule on Draft Amendment 9 to the 2006 Consolidated Highly Migratory Species (HMS) Fishery Management Plan (FMP) to consider management measures in the smoothhound shark and other Atlantic shark fisheries.",
      due=None, vague=False, said="2014-09-19 14:00:00", tz=NY, day_first=False, refusal="past",
      cluster=5, source=_HMS14, published="2014-09-19"),
    B(text="DATES: Written comments will be accepted until November 14, 2014.",
      due="2014-11-15 04:59:59", vague=False, said="2014-09-19 14:00:00", tz=NY, day_first=False,
      precision="day", cluster=3, source=_HMS14, published="2014-09-19"),
    B(text="The public hearings and webinars will occur between September 24, 2014, and November 4, 2014.",
      due="2014-11-05 04:59:59", vague=False, said="2014-09-19 14:00:00", tz=NY, day_first=False,
      precision="day", cluster=3, source=_HMS14, published="2014-09-19"),
)
