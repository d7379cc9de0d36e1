"""A priority declared: a stance, whatever its date.

"In 2024, taking pressure off Australian families will be the number one priority for the
Albanese government" names what the government will care most about, not an act anyone
could check was done; neither does the date help ("on the first day of this year, on the
last day of this year"). blind32's "the people of Scotland's priorities will be my
priorities" and the earlier splits' "a key priority for the European Commission" are
look-alikes too. Such a "will" is doubted (set aside under "Maybe"), never refuted.

Issue 13, round 23. Only grammar is read here.

So is an event judged ahead (stop 57, xs57): "Both leaders agreed that this weekend's
Summit would be a pivotal moment for G7 leaders", "The speech will be an important part of
his engagement": what the occasion is said to mean, not what anyone will do at it.
"""

from __future__ import annotations

import re

# "will be the number one priority for", "will be a top priority", "will remain our priority".
_PRIORITY = re.compile(
    r"\s+(?:(?:also|always|still)\s+)?(?:be|remain|continue\s+to\s+be)\s+"
    r"(?:the|a|an|my|our|his|her|their|its)\s+(?:(?:number\s+one|no\.?\s*1|top|first|main|"
    r"key|biggest|highest|overriding|central|core|absolute|single\s+most\s+important|"
    r"immediate|overall)\s+)?priorit(?:y|ies)\b"
)


def declared_priority(after: str) -> bool:
    """Whether the words after a "will" declare a priority rather than an act."""
    return _PRIORITY.match(after) is not None


# "would be a pivotal moment", "will be an important part of", "will be a historic step".
# After an "agreed that" the clause's subject and verb come first ("that this weekend's Summit
# would be a pivotal moment").
_JUDGED = re.compile(
    r"(?:\s+[^,;.]{1,80}?\s+(?:will|would))?"
    r"\s+(?:(?:also|truly|really)\s+)?be\s+(?:a|an)\s+(?:(?:very|truly|really|most)\s+)?"
    r"(?:pivotal|crucial|important|significant|historic|critical|vital|key|landmark|defining|"
    r"watershed|decisive)\s+(?:moment|opportunity|step|milestone|occasion|chance|part|juncture|"
    r"turning\s+point)\b"
)


def judged_occasion(after: str) -> bool:
    """Whether the words after a "will" judge what an occasion will mean, not an act."""
    return _JUDGED.match(after) is not None
