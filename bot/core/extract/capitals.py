"""Whether a word opens with a capital letter (issue 13): a name's word ("Perry",
"Department"), not a common one. speakers.py reads it all along a speaker's phrase and
body_titles.py along a name after a title; body_titles cannot import speakers (speakers
imports it), so the test lives here, where both reach it.
"""

from __future__ import annotations


def is_capitalised(token: str) -> bool:
    """Whether `token` opens with a capital letter; an empty token does not."""
    return token[:1].isupper()
