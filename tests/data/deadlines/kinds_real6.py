"""A sixth set of real phrasings, labelled by hand BEFORE the parser was run on them, taken
after the last rule change of round 4 (issue 12) to estimate how the final parser does on
sentences no rule was written from.

Collected and labelled on 2026-12-01 on branch issue12t-s6 after every parser commit of
the branch, committed before any run of the parser on these texts, and scored once.
Searched for by genre (UK written statements, New Zealand's Parliamentary Counsel Office
report on legislation not yet in force, US EPA news releases and a Federal Register
notice), not by rule. Same conventions as `blind_real.py`. Sources and licences:
README.md ("Sixth kinds set"). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_WS25 = "https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/lords/"
_WS15 = "https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/lords/?page=1&max=20"
_PCO = "http://www.pco.govt.nz/legislation-waiting-to-be-brought-into-force/"
_EPA12 = "https://archive.epa.gov/epapages/newsroom_archive/newsreleases/b4a2bd4ac6867f9785257a36005c87ac.html"
_EPA23 = "https://www.epa.gov/newsreleases/epa-announces-public-hearing-proposal-strengthen-standards-chemical-and-polymers"
_FR18177 = "https://thefederalregister.org/80-FR/18177"
L = "Europe/London"
NZ = "Pacific/Auckland"
NY = "America/New_York"

KINDS6_CASES: tuple[BlindCase, ...] = (
    # written statement of 25 June 2018: 'by 2030'
    B(text="This Plan is informed by the latest evidence and sets a new national ambition to halve childhood obesity and significantly reduce the gap in obesity between children from the most and least deprived areas by 2030.",
      due="2030-12-31 23:59:59", vague=False, said="2018-06-25 09:00:00", tz=L,
      cluster=4, source=_WS25, published="2018-06-25"),
    B(text="Today, Government has published the second Chapter to the Childhood Obesity Plan.",
      due=None, vague=False, said="2018-06-25 09:00:00", tz=L,
      refusal="past", cluster=5, source=_WS25, published="2018-06-25"),
    # written statement of 15 June 2018: the day of speaking, no deadline
    B(text="My rt hon Friend the Home Secretary is today laying before the House a Statement of Changes in Immigration Rules.",
      due=None, vague=False, said="2018-06-15 09:00:00", tz=L,
      refusal="past", cluster=5, source=_WS15, published="2018-06-15"),
    # the report 'as at 1 April 2017' (New Zealand): no dates ahead
    B(text="It is not yet known when the Annex will become effective.",
      due=None, vague=False, said="2017-03-31 21:00:00", tz=NZ,
      refusal="event", cluster=5, source=_PCO, published="2017-04-01"),
    B(text="The Government has indicated it will not proceed with the establishment of the Sentencing Council and section 45(1) of the Administration of Community Sentences and Orders Act 2013 will be repealed by the Statutes Repeal Bill.",
      due=None, vague=False, said="2017-03-31 21:00:00", tz=NZ,
      refusal="event", cluster=1, source=_PCO, published="2017-04-01"),
    B(text="The joint land-based aquaculture review (DOC and MPI) was deferred due to the 2014 General Election.",
      due=None, vague=False, said="2017-03-31 21:00:00", tz=NZ,
      refusal="past", cluster=5, source=_PCO, published="2017-04-01"),
    B(text="So far, 16 of the required 28 Consultative Parties (including New Zealand, in May 2013) have done so.",
      due=None, vague=False, said="2017-03-31 21:00:00", tz=NZ,
      refusal="past", cluster=1, source=_PCO, published="2017-04-01"),
    # EPA release of 9 July 2012
    B(text="EPA also will accept written comments on the proposed standards until Aug. 31, 2012.",
      due="2012-09-01 03:59:59", vague=False, said="2012-07-09 14:00:00", tz=NY,
      cluster=3, source=_EPA12, published="2012-07-09"),
    B(text="EPA will issue the final standards by December 14, 2012.",
      due="2012-12-15 04:59:59", vague=False, said="2012-07-09 14:00:00", tz=NY,
      cluster=3, source=_EPA12, published="2012-07-09"),
    # EPA release of 26 April 2023
    B(text="EPA must receive this request by May 2, 2023, in order to provide accommodations.",
      due="2023-05-03 03:59:59", vague=False, said="2023-04-26 14:00:00", tz=NY,
      cluster=3, source=_EPA23, published="2023-04-26"),
    B(text="Comment in writing: EPA also will accept comments on the proposal in writing until June 26, 2023.",
      due="2023-06-27 03:59:59", vague=False, said="2023-04-26 14:00:00", tz=NY,
      cluster=3, source=_EPA23, published="2023-04-26"),
    # Federal Register notice of 3 April 2015: the comment period's new end
    B(text="The EPA is also announcing extension of the comment period for the proposed rule to May 29, 2015, to allow for sufficient time after the public hearing for commenters to submit comments.",
      due="2015-05-30 03:59:59", vague=False, said="2015-04-03 14:00:00", tz=NY,
      cluster=3, source=_FR18177, published="2015-04-03"),
    B(text="The hearing will be held on Wednesday, April 29, 2015, in Washington, DC",
      due="2015-04-30 03:59:59", vague=False, said="2015-04-03 14:00:00", tz=NY,
      cluster=3, source=_FR18177, published="2015-04-03"),
    # the hearing's date is not in this sentence; 23 March 2015 is past
    B(text="The Environmental Protection Agency (EPA) is announcing a public hearing to be held for the proposed rule titled, ``Fine Particulate Matter National Ambient Air Quality Standards: State Implementation Plan Requirements'' which published in the Federal Register on March 23, 2015.",
      due=None, vague=False, said="2015-04-03 14:00:00", tz=NY,
      refusal="event", cluster=5, source=_FR18177, published="2015-04-03"),
)
