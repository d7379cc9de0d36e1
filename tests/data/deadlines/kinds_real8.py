"""An eighth set of real phrasings, labelled by hand BEFORE the parser was run on them, taken
during round 5 of issue 12 (branch issue12t-s7) from search results read while looking
for real forms of the kinds that round fixed (orders of business of the Dáil, a Federal
Register notice, Commons and Lords answers about answering times, a Lords committee's call
for evidence). Not blind in the strict sense: the person who collected and labelled them is
the one who changed the parser, and had read the pages; but no rule was written from these
sentences, the labels were committed before any run on them, and the set was scored once,
on this branch and on main. Same conventions as `blind_real.py` (publisher's zone,
publication at 10:00 local, a day due at 23:59:59 local, a clock time without a zone in
the publisher's zone; refusals `due=None`). Sources and licences: README.md ("Eighth kinds
set"). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_D74 = "https://www.oireachtas.ie/ga/debates/debate/dail/1974-03-07/2/"
_D56 = "https://www.oireachtas.ie/en/debates/debate/dail/1956-11-22/2/"
_D43 = "https://www.oireachtas.ie/en/debates/debate/dail/1943-07-09/7/"
_D51 = "https://www.oireachtas.ie/en/debates/debate/dail/1951-07-19/2/"
_EPA = "https://webarchive.library.unt.edu/eot2008/20090508103402/http://www.epa.gov/fedrgstr/EPA-WATER/2006/August/Day-04/w12626.htm"
_C83 = "https://api.parliament.uk/historic-hansard/commons/1983/jul/25/written-questions"
_WS04 = "https://api.parliament.uk/historic-hansard/written-statements/2004/jul/21/i-will-write-replies"
_L02 = "https://api.parliament.uk/historic-hansard/written-answers/2002/may/09/questions-for-written-answer"
_SLSC = "https://dm-qa-committees-web.azurewebsites.net/work/5857/the-governments-new-approach-to-consultation"
_C06 = "https://hansard.parliament.uk/Commons/2006-07-19/debates/0607208000026/ParliamentaryAnswers"
D = "Europe/Dublin"
L = "Europe/London"

KINDS8_CASES: tuple[BlindCase, ...] = (
    # Order of Business, Thursday 7 March 1974: business interrupted at 6 p.m. that day
    B(text="It is proposed by agreement that the House sit one hour later today and that business be interrupted at 6 p.m.",
      due="1974-03-07 18:00:00", vague=False, said="1974-03-07 10:00:00", tz=D,
      precision="hour", cluster=1, source=_D74, published="1974-03-07"),
    # the later end of the range of times, 6 p.m. that day
    B(text="Questions will be taken from 2.30 p.m. to 6 p.m.",
      due="1974-03-07 18:00:00", vague=False, said="1974-03-07 10:00:00", tz=D,
      precision="hour", cluster=1, source=_D74, published="1974-03-07"),
    # Thursday 22 November 1956: 1.30 p.m. that day (item numbers are no times)
    B(text="It is proposed to interrupt business at 1.30 p.m. to take Nos. 4 and 5, if not already reached.",
      due="1956-11-22 13:30:00", vague=False, said="1956-11-22 10:00:00", tz=D,
      precision="minute", cluster=1, source=_D56, published="1956-11-22"),
    # Friday 9 July 1943 (Irish summer time, UTC+1): the adjournment not later than 6 p.m.;
    # 'later than 2.30 p.m.' only an earliest bound
    B(text="That the Dáil sit later than 2.30 p.m. to-day, and that the Order for the Adjournment be taken not later than 6 p.m.",
      due="1943-07-09 17:00:00", vague=False, said="1943-07-09 09:00:00", tz=D,
      precision="hour", cluster=1, source=_D43, published="1943-07-09"),
    # 'finish by 2 o'clock' that day, 14:00 local
    B(text="There has been an agreement that the business will finish by 2 o'clock and that a reasonable time for replying will be given to me before then.",
      due="1943-07-09 13:00:00", vague=False, said="1943-07-09 09:00:00", tz=D,
      precision="hour", cluster=1, source=_D43, published="1943-07-09"),
    # Thursday 19 July 1951: until midnight that day (23:59:59 local, UTC+1)
    B(text="It is proposed that the House will sit to-day until midnight.",
      due="1951-07-19 22:59:59", vague=False, said="1951-07-19 09:00:00", tz=D,
      precision="hour", cluster=1, source=_D51, published="1951-07-19"),
    # Federal Register, 4 August 2006: the extended comment period ends 29 August 2006
    B(text="Therefore, the public comment period is being extended for 15 days and will now end on August 29, 2006.",
      due="2006-08-30 03:59:59", vague=False, said="2006-08-04 14:00:00", tz="America/New_York",
      day_first=False, precision="day", cluster=2, source=_EPA, published="2006-08-04"),
    # a practice, not one pledge: recurring, no deadline
    B(text="I always try to answer priority written questions on the due date, but occasionally the necessary research takes longer and a full answer is then given as soon as possible.",
      due=None, vague=False, said="1983-07-25 09:00:00", tz=L, refusal="recurring",
      cluster=3, source=_C83, published="1983-07-25"),
    # 'take effect from September': an earliest date only
    B(text="Following discussion with ministerial colleagues, and in consultation with Mr. Speaker and the House authorities, I have agreed the following arrangements, which will take effect from September.",
      due=None, vague=False, said="2004-07-21 09:00:00", tz=L, refusal="earliest",
      cluster=3, source=_WS04, published="2004-07-21"),
    # a service standard for every written question: recurring
    B(text="I can confirm that departments are still expected to reply to Written Questions within 14 days.",
      due=None, vague=False, said="2002-05-09 09:00:00", tz=L, refusal="recurring",
      cluster=3, source=_L02, published="2002-05-09"),
    # call for evidence (autumn 2012; the page shows no date, taken as 2 November 2012,
    # the label holds for any day of October or November 2012): the end of November
    B(text="We shall therefore take evidence from the Minister, and that session will be better informed if all interested parties let us know their views, by the end of November.",
      due="2012-11-30 23:59:59", vague=False, said="2012-11-02 10:00:00", tz=L,
      precision="month", cluster=4, source=_SLSC, published="2012-11-02"),
    # 'from the start of the next Session': an earliest date of an undated event
    B(text="I also intend regularly to monitor these statistics from the start of the next Session.",
      due=None, vague=False, said="2006-07-19 09:00:00", tz=L, refusal="event",
      cluster=3, source=_C06, published="2006-07-19"),
    # counted from an undated 'notional day': no deadline
    B(text="However, does he agree that there is a notional day procedure for a non-priority written question and that the answer is expected within about one week after that notional day?",
      due=None, vague=False, said="1983-07-25 09:00:00", tz=L, refusal="event",
      cluster=3, source=_C83, published="1983-07-25"),
)
