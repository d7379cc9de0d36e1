"""Followers of a pledge on its alerts: mentioned in the channel, or sent a direct
message, and dropped when Discord says they left the server."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from bot.chat import render_scores
from bot.chat.render import AlertMessage
from bot.chat.sender import DeliveryError, DirectMessageRefused, FollowerReach
from bot.core.alerts import Claimed
from bot.core.clock import Clock
from bot.core.model import Pledge
from bot.core.ports import Store

if TYPE_CHECKING:
    from bot.chat.dispatcher import DispatcherConfig

log = logging.getLogger(__name__)


class Followers:
    def __init__(
        self, store: Store, clock: Clock, reach: FollowerReach | None, config: DispatcherConfig
    ) -> None:
        self.store = store
        self.clock = clock
        # Followers beyond the channel (DMs, membership checks); None: mentions only.
        self.reach = reach
        self.config = config
        self._members_seen: dict[tuple[int, int], datetime] = {}

    async def add_to(
        self, guild_id: int, rows: list[Claimed], message: AlertMessage, nonce: str
    ) -> AlertMessage:
        """The message with its pledges' followers: those who chose direct messages get
        one (sent first, with the same nonce, so a retry is not a second DM); the others,
        and those whose DMs are closed, are mentioned once each, and only they may be
        pinged. A follower Discord says is no longer a member is dropped."""
        pledges = [i.pledge for i in rows if i.pledge is not None]
        found = await self.store.followers(guild_id, pledges)
        wanted: dict[int, bool] = {}
        for followers in found.values():
            for follower in followers:
                wanted[follower.user_id] = wanted.get(follower.user_id, True) and follower.dm
        mention: list[int] = []
        refused: list[int] = []
        for user_id, dm in sorted(wanted.items()):
            if not await self._still_member(guild_id, user_id):
                continue
            if dm and self.reach is not None:
                outcome = await self._direct(guild_id, user_id, message, nonce, pledges)
                if outcome == "sent":
                    continue
                if outcome == "refused first":
                    refused.append(user_id)
            mention.append(user_id)
        if not mention:
            return message
        line, shown = render_scores.followers_line(mention, refused)
        return AlertMessage(
            render_scores.with_followers(message.content, line),
            message.embeds,
            message.view,
            mentions=tuple(shown),
        )

    async def _still_member(self, guild_id: int, user_id: int) -> bool:
        if self.reach is None:
            return True
        now = self.clock.now()
        seen = self._members_seen.get((guild_id, user_id))
        if seen is not None and now - seen < self.config.member_check_every:
            return True
        try:
            async with asyncio.timeout(self.config.send_timeout):
                member = await self.reach.is_member(guild_id, user_id)
        except TimeoutError:
            member = None
        if member is False:
            dropped = await self.store.drop_follower(guild_id, user_id)
            log.info("Follower %s left server %s; dropped %d follow(s)", user_id, guild_id, dropped)
            return False
        if member:
            self._members_seen[(guild_id, user_id)] = now
        return True  # unknown (Discord could not be asked): mention rather than lose them

    async def _direct(
        self,
        guild_id: int,
        user_id: int,
        message: AlertMessage,
        nonce: str,
        pledges: Sequence[Pledge],
    ) -> str:
        """'sent', 'refused first' (closed DMs, first time: tell them), 'refused' or
        'failed' (mention them instead, this time)."""
        assert self.reach is not None
        numbers, speakers = await self._followed(guild_id, user_id, pledges)
        try:
            async with asyncio.timeout(self.config.send_timeout):
                await self.reach.direct(
                    guild_id, user_id, message, nonce=nonce, numbers=numbers, speakers=speakers
                )
        except DirectMessageRefused:
            first = await self.store.note_dm_refused(guild_id, user_id, self.clock.now())
            return "refused first" if first else "refused"
        except (DeliveryError, TimeoutError) as error:
            log.info("Could not DM follower %s: %s", user_id, error)
            return "failed"
        return "sent"

    async def _followed(
        self, guild_id: int, user_id: int, pledges: Sequence[Pledge]
    ) -> tuple[list[int], list[str]]:
        """Why the member gets these pledges' alerts: the numbers among them they follow,
        and the speakers (as the pledges spell them) whose every pledge they follow, so
        that the DM names what they followed, not "this pledge" for a speaker's."""
        follows = await self.store.follows(guild_id, user_id)
        by_number = {f.number for f in follows if f.number is not None}
        by_speaker = {f.speaker.casefold() for f in follows if f.number is None and f.speaker}
        numbers = sorted({p.number for p in pledges if p.number in by_number})
        speakers = sorted(
            {
                p.speaker
                for p in pledges
                if p.speaker.casefold() in by_speaker and p.number not in by_number
            }
        )
        return numbers, speakers
