"""A fifth set of real phrasings for round 4 of issue 12, labelled by hand BEFORE the parser
was run on them.

Collected and labelled on 2026-12-01 on branch issue12t-s6, after the fixes that followed
the fourth kinds set's first run, and committed before any run of the parser on these
texts. Searched for by genre (a Dáil order of business, an Irish government release,
NMFS closures in the Federal Register, old Hansard answers), not by rule. Same
conventions as `blind_real.py`. Sources and licences: README.md ("Fifth kinds set").
Never edit these labels to fit the parser.

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 2 case(s) removed, Irish Government material without an open statement of its publisher (MerrionStreet, gov.ie pages of the Department of the Taoiseach and others, taoiseach.gov.ie, the Department of Housing); 10 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_DAIL = "https://www.oireachtas.ie/en/debates/debate/dail/2008-07-09/9/"
_GOVIE = "https://gov.ie/ga/roinn-an-taoisigh/preaseisiuinti/government-chief-whip-minister-hildegarde-naughton-publishes-summer-legislative-programme"
_FR51577 = "https://thefederalregister.org/82-FR/51577"
_FR8363 = "https://thefederalregister.org/82-FR/8363"
_FR28387 = "https://thefederalregister.org/83-FR/28387"
_FR75436 = "https://thefederalregister.org/80-FR/75436"
_L82 = "https://api.parliament.uk/historic-hansard/lords/1982/jun/23/the-closed-shop-publication-of-report"
_C30 = "https://api.parliament.uk/historic-hansard/commons/1930/may/29/iron-and-steel-industry"
D = "Europe/Dublin"
L = "Europe/London"
NY = "America/New_York"

KINDS5_CASES: tuple[BlindCase, ...] = (
    # 8.30 p.m. tonight, Irish summer time
    B(text="Private Members’ business shall be No. 38, motion re public private partnership (resumed) to conclude at 8.30 p.m. tonight, if not previously concluded.",
      due="2008-07-09 19:30:00", vague=False, said="2008-07-09 09:00:00", tz=D,
      cluster=2, source=_DAIL, published="2008-07-09"),
    # today, by its end (Eastern)
    B(text="NMFS has determined that the revised commercial quota for Spanish mackerel in the northern zone of the Atlantic EEZ will be reached by November 7, 2017.",
      due="2017-11-08 04:59:59", vague=False, said="2017-11-07 15:00:00", tz=NY,
      cluster=3, source=_FR51577, published="2017-11-07"),
    B(text="Therefore, NMFS closes the northern zone of the Atlantic EEZ to commercial harvest of Spanish mackerel on November 7, 2017.",
      due="2017-11-08 04:59:59", vague=False, said="2017-11-07 15:00:00", tz=NY,
      cluster=3, source=_FR51577, published="2017-11-07"),
    # closed from yesterday through 31 December 2017: the later end
    B(text="NMFS closes the recreational sector for Atlantic cobia in Federal waters on January 24, 2017, and it will remain closed for the remainder of the fishing year through December 31, 2017.",
      due="2018-01-01 04:59:59", vague=False, said="2017-01-25 15:00:00", tz=NY,
      cluster=3, source=_FR8363, published="2017-01-25"),
    # 186 more days counted from the old expiry date, which the sentence does not give
    B(text="This temporary rule extends the reduced total annual catch limit (ACL), commercial and recreational sector ACLs, and quotas for the hook-and-line and longline components of the commercial sector for an additional 186 days.",
      due=None, vague=False, said="2018-06-19 14:00:00", tz=NY,
      refusal="event", cluster=1, source=_FR28387, published="2018-06-19"),
    B(text="NMFS issues this temporary rule to extend the expiration date of interim measures to reduce overfishing of golden tilefish in Federal waters of the South Atlantic implemented by a temporary rule published by NMFS on January 2, 2018.",
      due=None, vague=False, said="2018-06-19 14:00:00", tz=NY,
      refusal="past", cluster=5, source=_FR28387, published="2018-06-19"),
    B(text="This action is necessary because the commercial landings of Gulf of Mexico non-blacknose SCS for the 2015 fishing season are projected to exceed 80 percent of the available commercial quota as of November 27, 2015.",
      due=None, vague=False, said="2015-12-02 15:00:00", tz=NY,
      refusal="past", cluster=5, source=_FR75436, published="2015-12-02"),
    B(text="When it is completed, it will be published by Professor Gennard and his fellow authors.",
      due=None, vague=False, said="1982-06-23 13:39:00", tz=L,
      refusal="event", cluster=5, source=_L82, published="1982-06-23"),
    B(text="My Lords, a draft report from Professor Gennard was received by the Department of Employment in February of this year.",
      due=None, vague=False, said="1982-06-23 13:39:00", tz=L,
      refusal="past", cluster=5, source=_L82, published="1982-06-23"),
    # 'the next few days': vague, 7 days
    B(text="The report is in the printers' hands, and I expect to receive it in the course of the next few days.",
      due="1930-06-05 22:59:59", vague=True, said="1930-05-29 09:00:00", tz=L,
      cluster=4, source=_C30, published="1930-05-29"),
)
