"""The core: pure domain code, no Discord, no HTTP, no database."""

from bot.core import compiled

compiled.guard()  # a compiled deadline parser older than its sources is not used
