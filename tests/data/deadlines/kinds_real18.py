"""An eighteenth set of real phrasings, labelled by hand BEFORE the parser was run on them: the
held-back check of round 12 of issue 12 (branch issue12t-s14), collected and labelled before
any rule of the round was written, from pages listed nowhere else in README.md (and claimed
in the helpers' shared list before use), scored once on main before any change and once more
at the end of the round on the branch, and left as it is (no rule is written from it).
Sampled as the pages came: every full sentence of an excerpt that holds a time word was
taken, whatever its kind (sentences the excerpt cut off were left out). Not blind in the
strict sense (the collector is the tuner), but labelled before the round's rules existed.
Same conventions as `kinds_real17.py` (publisher's zone; the time of sitting given by the
record is the moment of speaking; a day due at 23:59:59 local; a range or a schedule falls
due at its later end; "as soon as possible" a vague 60 days; a season a vague window to its
end; refusals `due=None`). Each sentence is labelled from its own words and the day it was
spoken, not from the sentences around it. Labels marked "unsure" are the ones a reviewer
may argue (the comment names the other reading). Sources and licences: README.md
("Eighteenth kinds set"). Never edit these labels to fit the parser.

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 31 case(s) removed, Senedd material (Senedd Commission terms: re-use on application only); 4 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".

Licence audit of stop 50 (NI Assembly, Welsh Government, Scottish Parliament; branch lic50-s50): 4 case(s) removed, Northern Ireland Assembly material (no statement of the Assembly's own terms found in the store: unclear); 0 remain. See README.md
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_LEG17 = "https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2017-06-27.4.18806.h&s=speaker%3A10675"
_NI21 = "https://www.theyworkforyou.com/ni/?id=2021-06-22.4.57"
_M418 = "https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2018-11-27.2.143664"
_BUS19 = "https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2019-06-25.3.207164"
_M419 = "https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2019-03-12.1.173779"
_SPF20 = "https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2020-07-15.5.303003"
_DEAL21 = "https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2021-09-28.2.376921"
_INQ17 = "https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2017-05-17.1.15900"
LON = "Europe/London"

KINDS18_CASES: tuple[BlindCase, ...] = (
)
