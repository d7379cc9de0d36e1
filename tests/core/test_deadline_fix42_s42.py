"""Stop 42, fixer f42 (issue 12): the modal list the verb readers share, and a time right
after the past verb of a relative clause on the main verb's object."""

from __future__ import annotations

import re

from bot.core.deadlines import governing, starts_itself
from bot.core.deadlines.words import MODAL_VERBS


def test_the_verb_readers_take_their_modals_from_one_list() -> None:
    # governing adds the splitter's forms, starts_itself "may" and "to" (see both modules)
    assert governing._MODALS == frozenset(MODAL_VERBS) | {"cannot", "'ll", "won't"}
    verbal = re.compile(starts_itself._VERBAL + "begin")
    for modal in [*MODAL_VERBS, "may", "to"]:
        assert verbal.search(f"the office {modal} begin") is not None
    for other in ("cannot", "won't", "we'll"):
        assert verbal.search(f"the office {other} begin") is None
