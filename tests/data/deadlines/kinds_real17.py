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
    # Senedd order paper, written questions tabled 5 March 2024 for answer on 12 March 2024
    # a standing rule and a standing aim, not deadlines
    B(text="Written Questions must be tabled at least five working days before they are to be answered.",
      due=None, vague=False, said="2024-03-12 10:00:00", tz=LON, refusal="recurring",
      cluster=5, source=_WQ24, published="2024-03-12"),
    B(text="In practice, Ministers aim to answer within seven/eight days but are not bound to do so.",
      due=None, vague=False, said="2024-03-12 10:00:00", tz=LON, refusal="recurring",
      cluster=5, source=_WQ24, published="2024-03-12"),
    B(text="What is the total number of miles that ministerial cars have undertaken in the last 2 years?",
      due=None, vague=False, said="2024-03-12 10:00:00", tz=LON, refusal="past",
      cluster=5, source=_WQ24, published="2024-03-12"),
    B(text="The total mileage undertaken by the Welsh Government Official Car Service vehicles for financial years 22-23 & 23-24 to date, is 278,969.",
      due=None, vague=False, said="2024-03-12 10:00:00", tz=LON, refusal="past",
      cluster=4, source=_WQ24, published="2024-03-12"),
    B(text="How much money has been spent on repairs on the ministerial cars in the last 2 years?",
      due=None, vague=False, said="2024-03-12 10:00:00", tz=LON, refusal="past",
      cluster=5, source=_WQ24, published="2024-03-12"),
    B(text="The Welsh Government Official Car Service spend on maintenance, service and repair for financial years 22-23 & 23-24 to date, is £13,577.",
      due=None, vague=False, said="2024-03-12 10:00:00", tz=LON, refusal="past",
      cluster=4, source=_WQ24, published="2024-03-12"),
    B(text="No representations have been made to date.",
      due=None, vague=False, said="2024-03-12 10:00:00", tz=LON, refusal="past",
      cluster=5, source=_WQ24, published="2024-03-12"),
    # Senedd, questions to the Minister for Housing and Local Government, 23 January 2019
    B(text="I am very pleased that, last week, the Minister for Finance and Trefnydd announced £40 million for Self Build Wales.",
      due=None, vague=False, said="2019-01-23 10:00:00", tz=LON, refusal="past",
      cluster=5, source=_SEN19, published="2019-01-23"),
    # the launch "later this year": a vague window to the end of 2019
    B(text="Developed in collaboration with partners across the sector, I am confident this innovative scheme, the first of its kind, will be a huge success when it launches properly later this year.",
      due="2019-12-31 23:59:59", vague=True, said="2019-01-23 10:00:00", tz=LON,
      precision="day", cluster=4, source=_SEN19, published="2019-01-23"),
    # Senedd, business statement, 2:30 pm on 18 January 2022 (GMT)
    B(text="I've one change to this week's business.",
      due=None, vague=False, said="2022-01-18 14:30:00", tz=LON,
      cluster=5, source=_SEN22, published="2022-01-18"),
    # "shortly": the vague 60 days
    B(text="The Minister for Health and Social Services will shortly make a statement to update Members on COVID-19.",
      due="2022-03-19 23:59:59", vague=True, said="2022-01-18 14:30:00", tz=LON,
      precision="day", cluster=4, source=_SEN22, published="2022-01-18"),
    B(text="Draft business for the next three sitting weeks is set out on the business statement and announcement, which can be found amongst the meeting papers available to Members electronically.",
      due=None, vague=False, said="2022-01-18 14:30:00", tz=LON,
      cluster=5, source=_SEN22, published="2022-01-18"),
    B(text="You will be aware, Minister, that stories have emerged in recent days about the impact of the 14-day self-isolation period on a young woman, Catherine Hughes, in Wrexham Maelor Hospital, who's a mental health patient on the Heddfan unit.",
      due=None, vague=False, said="2022-01-18 14:30:00", tz=LON, refusal="past",
      cluster=1, source=_SEN22, published="2022-01-18"),
    # a length of isolation, not a deadline
    B(text="I do think it's time that we looked at this particular 14-day period, particularly given now that staff only have to self-isolate for seven days, providing they have two clear lateral flow tests.",
      due=None, vague=False, said="2022-01-18 14:30:00", tz=LON,
      cluster=1, source=_SEN22, published="2022-01-18"),
    B(text="So, I think it would be prudent now to have a review of that 14-day period.",
      due=None, vague=False, said="2022-01-18 14:30:00", tz=LON,
      cluster=1, source=_SEN22, published="2022-01-18"),
    # a statement due next week (Monday 24 to Sunday 30 January 2022): its Sunday
    B(text="In addition to that, Trefnydd, I note that, on the business statement for next week, there is due to be a statement from the Minister for Social Justice on the occasion of Holocaust Memorial Day, which, of course, is also coming up very soon.",
      due="2022-01-30 23:59:59", vague=False, said="2022-01-18 14:30:00", tz=LON,
      precision="day", cluster=3, source=_SEN22, published="2022-01-18"),
    # next week's statement, read as falling due by the end of next week. Unsure: the
    # sentence asks for assurances, and the statement is named, not promised (None).
    B(text="I do think that we need some assurances from the Welsh Government about this particular appointment of Rocio Cifuentes, and I think that next week's statement on Holocaust Memorial Day provides an opportunity for that.",
      due="2022-01-30 23:59:59", vague=False, said="2022-01-18 14:30:00", tz=LON,
      precision="day", cluster=3, source=_SEN22, published="2022-01-18"),
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
