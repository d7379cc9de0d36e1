"""Fixtures of the dispatcher tests (helpers in tests/chat/dispatching.py)."""

from __future__ import annotations

import pytest

from bot.chat.dispatcher import Dispatcher
from tests.chat.dispatching import CHANNEL, GUILD, MANAGER, FakeSender


@pytest.fixture
def sender() -> FakeSender:
    return FakeSender()


@pytest.fixture
async def dispatcher(store, clock, sender, service):
    await service.update_settings(GUILD, MANAGER, alert_channel_id=CHANNEL)
    dispatcher = Dispatcher(store, clock, sender)
    service.on_alerts_changed = dispatcher.wake
    yield dispatcher
    await dispatcher.stop()
