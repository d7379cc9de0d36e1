"""A second set of real phrasings found after the kinds fixes, labelled by hand BEFORE the
parser was run on them.

Collected and labelled on 2026-12-01 on branch issue12t-s5, after the commits that follow
the kinds set's first run, and committed before any run of the parser on these texts.
Chosen for the genres the third fresh set is drawn from (NOAA Fisheries bulletins and
Federal Register fishery notices, Business of the House statements, a written statement,
a written question, a gov.uk press release, Voice of America copy), not for the rules.
Same conventions as `blind_real.py`. Sources and licences: README.md ("Second kinds
set"). The first run is recorded there; never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_WPC = "https://wpcouncil.org/fr-notice-2019-bigeye-tuna-longline-fishery-closure-july-24-2019"
_BSAI = "https://www.fisheries.noaa.gov/bulletin/nmfs-closes-specified-fisheries-bsai"
_RKC = "https://www.fisheries.noaa.gov/bulletin/closing-fishing-non-pelagic-trawl-gear-red-king-crab-savings-subarea-bsai"
_FR18 = "https://thefederalregister.org/83-FR/18235"
_BOH17 = "https://parliamentary-search-265cced0397e.herokuapp.com/search-prototype/objects?object=http%3A%2F%2Fhansard.intranet.data.parliament.uk%2FCommons%2F2017-01-19%2F17011953000242"
_BOH21 = "https://api.parliament.uk/historic-hansard/commons/1921/may/24/business-of-the-house"
_BOH38 = "https://api.parliament.uk/historic-hansard/commons/1938/may/12/business-of-the-house"
_VOA = "https://riyadmedia.com/news/2019/01/23/8845.html?share=skype"
_DLUHC = "https://www.ukpol.co.uk/category/press-releases/page/566"
_WS10 = "https://hansard.parliament.uk/Commons/2010-02-10/debates/68e40a89-cc8e-4eea-a68a-9f3942257651/WrittenStatements"
_PQ = "https://parallelparliament.co.uk/question/4647/government-departments-public-consultation"

KINDS2_CASES: tuple[BlindCase, ...] = (
    B(text="Effective 12:01 a.m. local time July 27, 2019, through December 31, 2019.",
      due="2020-01-01 09:59:59", vague=False, said="2019-07-24 20:00:00", tz="Pacific/Honolulu",
      cluster=3, source=_WPC, published="2019-07-24"),
    B(text="The National Marine Fisheries Service (NMFS) is closing specified fisheries in the Bering Sea and Aleutian Islands management area (BSAI), effective 0001 hours, Alaska local time, January 1, 2000.",
      due="2000-01-01 09:01:00", vague=False, said="1999-12-29 17:00:00", tz="America/Anchorage",
      cluster=2, source=_BSAI, published="1999-12-29"),
    B(text="These closures will remain effective until superseded by the Final 2000 Harvest Specifications for Groundfish, according to Steven Pennoyer, Administrator, Alaska Region, NMFS.",
      due=None, vague=False, said="1999-12-29 17:00:00", tz="America/Anchorage",
      refusal="event", cluster=5, source=_BSAI, published="1999-12-29"),
    B(text="The National Marine Fisheries Service (NMFS) is prohibiting directed fishing for pollock in Statistical Area 620 (between 159 degrees and 154 degrees W. longitudes) in the Gulf of Alaska (GOA), effective 12 noon, Alaska local time (A.l.t.), February 17, 1999, according to Steven Pennoyer, Administrator, Alaska Region, NMFS.",
      due="1999-02-17 21:00:00", vague=False, said="1999-02-17 08:20:00", tz="America/Anchorage",
      cluster=1, source=_RKC, published="1999-02-16"),
    B(text="Effective 1200 hours, Alaska local time, April 23, 2018, through 1200 hours, A.l.t., May 15, 2018.",
      due="2018-05-15 20:00:00", vague=False, said="2018-04-26 18:00:00", tz="America/Anchorage",
      cluster=2, source=_FR18, published="2018-04-26"),
    B(text="The second seasonal apportionment of the Pacific halibut bycatch allowance specified for the trawl deep-water species fishery in the GOA is 256 metric tons as established by the final 2018 and 2019 harvest specifications for groundfish of the GOA (83 FR 8768, March 1, 2018), for the period 1200 hours, A.l.t., April 1, 2018, through 1200 hours, A.l.t., July 1, 2018.",
      due="2018-07-01 20:00:00", vague=False, said="2018-04-26 18:00:00", tz="America/Anchorage",
      cluster=1, source=_FR18, published="2018-04-26"),
    B(text="Monday 23 January—Second Reading of the Local Government Finance Bill.",
      due="2017-01-23 23:59:59", vague=False, said="2017-01-19 10:00:00", tz="Europe/London",
      cluster=6, source=_BOH17, published="2017-01-19"),
    B(text="The provisional business for the week commencing 30 January will include:",
      due="2017-02-05 23:59:59", vague=False, said="2017-01-19 10:00:00", tz="Europe/London",
      cluster=4, source=_BOH17, published="2017-01-19"),
    B(text="Friday 3 February—Private Members’ Bills.",
      due="2017-02-03 23:59:59", vague=False, said="2017-01-19 10:00:00", tz="Europe/London",
      cluster=6, source=_BOH17, published="2017-01-19"),
    B(text="We propose, therefore, to take the Second Reading of the Finance Bill to-morrow, to take the Railways Bill on Thursday, and to conclude the Second Reading on Friday.",
      due="1921-05-27 22:59:59", vague=False, said="1921-05-24 09:00:00", tz="Europe/London",
      cluster=3, source=_BOH21, published="1921-05-24"),
    B(text="To-day we shall take only the Navy Estimates in Committee of Supply, not the Report stage.",
      due="1921-05-24 22:59:59", vague=False, said="1921-05-24 09:00:00", tz="Europe/London",
      cluster=6, source=_BOH21, published="1921-05-24"),
    B(text="Friday.—Consideration of Private Members' Bills.",
      due="1938-05-13 22:59:59", vague=False, said="1938-05-12 09:00:00", tz="Europe/London",
      cluster=6, source=_BOH38, published="1938-05-12"),
    B(text="Senate Majority Leader Mitch McConnell said the vote on both proposals will take place on Thursday (January 24), a day before federal workers are likely to miss their second paycheck since the shutdown began December 22.",
      due="2019-01-25 04:59:59", vague=False, said="2019-01-23 15:00:00", tz="America/New_York",
      cluster=3, source=_VOA, published="2019-01-23"),
    B(text="Senate Democratic and Republican leaders agreed on Tuesday to schedule a vote on President Donald Trump’s wall funding bill as well as a bill already passed by the House of Representatives to fund the government through February 8.",
      due="2019-02-09 04:59:59", vague=False, said="2019-01-23 15:00:00", tz="America/New_York",
      cluster=3, source=_VOA, published="2019-01-23"),
    B(text="New changes that come into effect today will help supportive communities take forward onshore wind projects.",
      due="2023-09-05 22:59:59", vague=False, said="2023-09-05 09:00:00", tz="Europe/London",
      cluster=6, source=_DLUHC, published="2023-09-05"),
    B(text="On 8 December 2009, Official Report, column 14WS, I informed the House that the Boundary Committee had provided the advice requested on certain matters respectively relating to the unitary proposals (the “original proposals”) made by Exeter city council, Ipswich borough council, and Norwich city council.",
      due=None, vague=False, said="2010-02-10 10:00:00", tz="Europe/London",
      refusal="past", cluster=5, source=_WS10, published="2010-02-10"),
    B(text="To ask the Minister for the Cabinet Office, pursuant to the Answer of 30 July 2024 to Question 907 on Government Departments: Public Consultation, whether his Department has issued guidance on whether (a) communications should be sent to participants in consultations initiated under the previous Government on the conclusions of that consultation and (b) consultation webpages should be updated to advise the public of the (i) status and (ii) conclusions of those consultations.",
      due=None, vague=False, said="2024-09-09 09:00:00", tz="Europe/London",
      refusal="past", cluster=5, source=_PQ, published="2024-09-09"),
)
