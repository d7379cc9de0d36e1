"""A news page's photo captions: lines between paragraphs that name whoever is pictured.

Issue 13, stop 62 (blind146's VOA pages). A page stored as text keeps its photos'
captions where the photos stood: "FILE - French President Emmanuel Macron, right, speaks
with world leaders ...", or a caption cut short by the page ("... Director General of the
World Health…"). They name the person pictured as a subject, so the "he" of the next
paragraph ("Next, he will travel to Istanbul") went to the pictured president instead of
the traveller the story is about. A caption is passed over when a pronoun looks for its
antecedent; its own words are still read.
"""

from __future__ import annotations

import re

# A wire photo's file mark, an agency's photo credit, or the cut a page makes in a long
# caption (a line ending in an ellipsis with no stop before it).
_CAPTION = re.compile(
    r"^\s*FILE\s*[-–—]\s|\((?:AP|AFP|Reuters|Getty)\s+Photo\b|[^.!?\"”]…\s*$", re.IGNORECASE
)


def is_caption(sentence: str) -> bool:
    """Whether `sentence` reads as a photo's caption (`_CAPTION`)."""
    return _CAPTION.search(sentence) is not None
