"""Discord's limits on what a bot may send, and the mentions we allow ourselves.

Every builder keeps to these whatever the input (GUIDE.md, "Discord limits"): text
that is too long is cut with an ellipsis, so a maximal pledge never makes Discord
reject a message.
"""

from __future__ import annotations

import discord

TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
CONTENT_MAX = 2000
EMBED_TOTAL_MAX = 6000
FIELDS_MAX = 25
CHOICE_NAME_MAX = 100  # an autocomplete choice's name
MODAL_TITLE_MAX = 45
# Files the bot attaches: Discord takes at least this much from any bot.
MAX_UPLOAD = 8_000_000  # bytes
# Buttons with a timeout (pages, confirmations, extract candidates) must expire before
# the 15-minute interaction token through which they are greyed out.
VIEW_TIMEOUT = 840

# Discord drops an interaction that gets no answer within 3 seconds. A command whose
# work (a write waiting behind another server's import or replan batch, a download) is
# still running after this long answers after a "thinking…" defer instead.
DEFER_AFTER = 2.0  # seconds

# Nothing the bot posts pings anyone: user text is echoed in almost every message.
NO_MENTIONS = discord.AllowedMentions.none()
