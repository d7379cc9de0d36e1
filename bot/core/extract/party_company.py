"""Who will come along, undated: set aside, not kept on the "maybe" list.

Issue 13, stop 55 (tuner p). "Secretary Perdue will also be joined by Administrator Linda
McMahon, the head of the Small Business Administration, for part of the tour", "Assistant
Secretary Phee will be joined by Special Envoy ... Mike Hammer", "125 of the UK's most
prominent CEOs ... will join the Prime Minister on a trade mission": CONVENTIONS 2.4 lists
the composition of a party ("will be accompanied by", "will join ... in her meetings")
among the look-alikes. `logistics.company_at_event` already kept such an undated cue below
the sure list; on the "maybe" list it still counted as proposed, and the development
splits label three of five of them as look-alikes (the two labelled are from splits
labelled before CONVENTIONS was written). They are now set aside ("describes"), where a
member still sees them; a dated one ("will be joined by the Governor on Friday") is a
schedule, and stays.
"""

from __future__ import annotations

from bot.core.extract.clauses import Cue
from bot.core.extract.logistics import company_at_event


def company_doubt(text: str, cue: Cue, dated: bool) -> str | None:
    """The doubt of an undated "will" that only tells who comes along, or None."""
    return "describes" if not dated and company_at_event(text, cue) else None
