"""The verb forms the tense reader of governing.py sorts words by: strong pasts, pasts that
may be participles, -ed words that are no verb, presents and imperatives (split from
governing.py, which had grown past the layout's 700 lines)."""

from __future__ import annotations

from typing import Final

# past forms that are no participle in a clause of their own ("went", "began"), and those
# that may be ("made", "held"): the second kind is a weak candidate, as a regular -ed is
PAST_ONLY: Final = frozenset(
    "was were did said told took gave came went began spoke fell rose saw became chose knew"
    " drew threw flew broke froze drove ran sat rang wrote grew swept struck stood sold"
    " bought brought caught taught sought fought thought felt heard found got"
    # (stop 59) more strong pasts that are never a participle
    " withdrew undertook oversaw underwent overcame shook wore tore hid rode woke sank sang"
    " drank swam ate stole forgot forgave arose blew shone sprang strode swung".split()
)
PAST_EITHER: Final = frozenset(
    "made held sent paid kept built met led left won lost laid put set cut shut spent"
    # (stop 59) "Ben-Gvir quit the cabinet on Saturday": pasts spelled as their participle
    # or their base
    " quit fled dealt meant lent upheld withheld understood slept".split()
)
NOT_ED: Final = frozenset(
    "hundred indeed speed proceed exceed succeed need breed embed naked wicked sacred based"
    " limited related detailed dedicated advanced estimated revised updated amended scheduled"
    " planned proposed expected intended unexpected interested concerned united registered"
    " qualified supposed used allowed permitted expired red bed fed shed seed feed weed"
    " reed".split()
)
PRESENT_VERBS: Final = frozenset(
    "marks covers starts opens closes begins ends runs includes provides requires takes meets"
    " falls comes goes has does says holds sets continues applies lasts".split()
)
# a plural subject's present, right after a plural noun: "applications close today at 5pm"
PLURAL_PRESENT: Final = frozenset("close open start begin end run".split())
# a time moved is ahead: "has been moved for the 20 June meeting", "had been postponed to"
SHIFTED: Final = frozenset("moved rescheduled postponed deferred delayed brought pushed".split())
IMPERATIVES: Final = frozenset(
    "please submit send note join register call contact visit see apply email return complete"
    " read remember ensure check get".split()
)
