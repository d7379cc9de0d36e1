"""The fake Discord itself, proven with the real discord.py client and a tiny bot of its
own (not PledgeBot), so a failure here points at the fake or the wiring, not at the
product: connect and READY, command sync, slash commands with every option kind,
deferred answers and follow-ups, buttons, selects, modals, autocomplete, RESUME after a
dropped connection, rate limits, errors and the record of unexpected calls.
"""

from __future__ import annotations

import asyncio
import io
import zlib

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from bot.chat.endpoint import (
    current_api_base,
    current_gateway,
    gateway_url_for,
    reset_api_base,
    use_api_base,
)
from tests.e2e.conftest import GUILD_READY_TIMEOUT, BotFactory
from tests.fakediscord import (
    CommandNotAvailable,
    FakeDiscord,
    InteractionTimeout,
    InvalidInteraction,
)
from tests.fakediscord.gateway import HEARTBEAT, IDENTIFY, RESUME


class CounterView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=None)
        self.count = 0

    @discord.ui.button(label="+1", custom_id="counter:inc", style=discord.ButtonStyle.primary)
    async def increment(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.count += 1
        await interaction.response.edit_message(content=f"count: {self.count}", view=self)

    @discord.ui.button(label="Stop", custom_id="counter:stop")
    async def finish(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        for child in self.children:
            child.disabled = True  # type: ignore[attr-defined]
        await interaction.response.defer()
        await interaction.edit_original_response(content=f"final: {self.count}", view=self)
        self.stop()

    @discord.ui.select(
        custom_id="counter:colour",
        options=[
            discord.SelectOption(label="Red", value="red"),
            discord.SelectOption(label="Blue", value="blue"),
        ],
    )
    async def colour(self, interaction: discord.Interaction, select: discord.ui.Select) -> None:
        await interaction.response.send_message(f"colour: {select.values[0]}", ephemeral=True)


class FeedbackModal(discord.ui.Modal, title="Feedback"):
    text = discord.ui.TextInput(label="Your feedback", custom_id="feedback:text", max_length=200)
    mood = discord.ui.TextInput(label="Mood", custom_id="feedback:mood", required=False)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(
            f"thanks for: {self.text.value} (mood: {self.mood.value or '-'})", ephemeral=True
        )


notes = app_commands.Group(name="notes", description="Demo group", guild_only=True)
admin = app_commands.Group(name="admin", description="Nested group", parent=notes)


@notes.command(name="add", description="Defer, then answer with follow-ups")
async def notes_add(interaction: discord.Interaction, text: str) -> None:
    await interaction.response.defer(ephemeral=True, thinking=True)
    await interaction.followup.send(f"noted: {text}")
    extra = await interaction.followup.send("and one more thing", ephemeral=True, wait=True)
    original = await interaction.original_response()
    await extra.edit(content=f"{extra.content}; original said {original.content!r}")
    temporary = await interaction.followup.send("temporary", ephemeral=True, wait=True)
    await temporary.delete()


async def note_numbers(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[int]]:
    return [
        app_commands.Choice(name=f"Note #{n} for {interaction.user.name}", value=n)
        for n in range(1, 40)
        if str(n).startswith(current)
    ][:25]


@notes.command(name="show", description="Autocompleted number")
@app_commands.autocomplete(number=note_numbers)
async def notes_show(interaction: discord.Interaction, number: int) -> None:
    await interaction.response.send_message(f"note #{number}")


@admin.command(name="wipe", description="Three levels deep")
async def notes_wipe(interaction: discord.Interaction, confirm: bool) -> None:
    await interaction.response.send_message(f"wiped={confirm}", ephemeral=True)


@app_commands.command(name="purge", description="Moderators only")
@app_commands.default_permissions(manage_guild=True)
@app_commands.guild_only()
async def purge(interaction: discord.Interaction) -> None:
    await interaction.response.send_message(
        f"purged by {interaction.user.name}; manage_guild={interaction.permissions.manage_guild}",
        ephemeral=True,
    )


@app_commands.command(name="echo", description="Say it back")
@app_commands.describe(text="What to say")
async def echo(
    interaction: discord.Interaction,
    text: str,
    times: app_commands.Range[int, 1, 3] = 1,
    shout: bool = False,
    factor: float | None = None,
) -> None:
    said = " ".join([text] * times)
    if shout:
        said = said.upper()
    if factor is not None:
        said += f" x{factor * 2:g}"
    await interaction.response.send_message(said)


@app_commands.command(name="whois", description="Resolved options")
@app_commands.guild_only()
@app_commands.choices(kind=[app_commands.Choice(name="Person", value="person")])
async def whois(
    interaction: discord.Interaction,
    who: discord.Member,
    where: discord.TextChannel,
    role: discord.Role,
    kind: app_commands.Choice[str] | None = None,
) -> None:
    await interaction.response.send_message(
        f"{who.display_name} manage_guild={who.guild_permissions.manage_guild} "
        f"in #{where.name} role={role.name} kind={kind.value if kind else None} "
        f"guild={interaction.guild_id} channel={interaction.channel_id}"
    )


@app_commands.command(name="slow", description="Forgets to defer")
async def slow(interaction: discord.Interaction) -> None:
    await asyncio.sleep(0.3)
    await interaction.response.send_message("too late")


@app_commands.command(name="local", description="Only synced to one guild")
async def local(interaction: discord.Interaction) -> None:
    await interaction.response.send_message(f"local to {interaction.guild_id}")


@app_commands.command(name="wordcount", description="Reads an upload, answers with a file")
async def wordcount(interaction: discord.Interaction, article: discord.Attachment) -> None:
    text = (await article.read()).decode()
    report = discord.File(
        io.BytesIO(f"{article.filename}: {len(text.split())}".encode()), "count.txt"
    )
    await interaction.response.send_message(f"{len(text.split())} words", file=report)


@app_commands.command(name="counter", description="A message with buttons")
async def counter(interaction: discord.Interaction) -> None:
    await interaction.response.send_message("count: 0", view=CounterView())


@app_commands.command(name="feedback", description="Opens a modal")
async def feedback(interaction: discord.Interaction) -> None:
    await interaction.response.send_modal(FeedbackModal())


@app_commands.command(name="ping", description="Mention someone, with pings allowed for users only")
async def ping(interaction: discord.Interaction, who: discord.User) -> None:
    await interaction.response.send_message(
        f"hello {who.mention} and @everyone",
        allowed_mentions=discord.AllowedMentions(users=True, everyone=False),
    )


class DemoBot(commands.Bot):
    def __init__(self, *, local_guild_id: int | None = None, **options) -> None:
        self.local_guild_id = local_guild_id
        intents = discord.Intents.none()
        intents.guilds = True
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            guild_ready_timeout=GUILD_READY_TIMEOUT,
            **options,
        )

    async def setup_hook(self) -> None:
        for command in (echo, whois, counter, feedback, ping, notes, purge, slow, wordcount):
            self.tree.add_command(command)
        if self.local_guild_id is not None:
            self.tree.add_command(local, guild=discord.Object(self.local_guild_id))


@pytest.fixture
async def demo(bot_factory: BotFactory) -> DemoBot:
    bot = await bot_factory.start(DemoBot)
    assert isinstance(bot, DemoBot)
    return bot


# ---- the endpoint switch -----------------------------------------------------------


def test_use_api_base_points_rest_webhooks_and_gateway_at_the_fake() -> None:
    try:
        use_api_base("http://127.0.0.1:9999/api/v10/")
        assert current_api_base() == "http://127.0.0.1:9999/api/v10"
        assert (
            discord.http.Route("GET", "/users/@me").url == "http://127.0.0.1:9999/api/v10/users/@me"
        )
        assert discord.webhook.async_.Route.BASE == "http://127.0.0.1:9999/api/v10"
        assert current_gateway() == "ws://127.0.0.1:9999/gateway"
        with pytest.raises(ValueError):
            use_api_base("127.0.0.1:9999/api/v10")
        with pytest.raises(ValueError):
            use_api_base("http://127.0.0.1:9999/api")
    finally:
        reset_api_base()
    assert current_api_base() == "https://discord.com/api/v10"
    assert current_gateway() == "wss://gateway.discord.gg/"
    assert gateway_url_for("https://proxy.example/api/v10") == "wss://proxy.example/gateway"


# ---- connecting --------------------------------------------------------------------


async def test_bot_connects_identifies_and_knows_the_guilds(
    demo: DemoBot, fake_discord: FakeDiscord
) -> None:
    fake = fake_discord
    assert demo.user is not None and demo.user.id == fake.bot_user.id
    assert demo.application_id == fake.application_id

    (identify,) = fake.ops(IDENTIFY)
    assert identify.d["token"] == fake.token
    assert identify.d["intents"] == discord.Intents(guilds=True).value
    assert fake.ops(HEARTBEAT), "discord.py heartbeats right after HELLO"
    (session,) = fake.gateway.sessions.values()
    assert session.conn is not None and session.conn.encoder.mode == "zlib-stream"

    for spec in fake.guilds:
        guild = demo.get_guild(spec.id)
        assert guild is not None and guild.name == spec.name
        assert guild.get_channel(spec.text_channel_id).name == "general"
        assert guild.get_channel(spec.alert_channel_id).name == "pledge-alerts"
        assert guild.get_role(spec.moderator_role_id).permissions.manage_guild
        assert guild.me is not None and guild.me.id == fake.bot_user.id
        # No GUILD_MEMBERS intent: like Discord, only the bot's own member is sent.
        assert guild.get_member(fake.moderator.id) is None
        assert guild.me.guild_permissions.send_messages
    assert fake.unknown_requests == []


async def test_the_fake_speaks_zlib_stream_like_discord(fake_discord: FakeDiscord) -> None:
    """Guard for the transport itself, independent of discord.py's decoder choice."""
    from tests.fakediscord.gateway import _Encoder

    encoder, decoder = _Encoder("zlib-stream"), zlib.decompressobj()
    for text in ('{"op":10}', '{"op":11}'):
        frame = encoder.encode(text)
        assert isinstance(frame, bytes) and frame.endswith(b"\x00\x00\xff\xff")
        assert decoder.decompress(frame).decode() == text


async def test_command_sync_records_the_tree(demo: DemoBot, fake_discord: FakeDiscord) -> None:
    expected = [c.to_dict(demo.tree) for c in demo.tree.get_commands()]
    assert fake_discord.command_definitions() == expected
    stored = {c["name"]: c for c in fake_discord.commands}
    assert set(stored) == {
        "echo",
        "whois",
        "counter",
        "feedback",
        "ping",
        "notes",
        "purge",
        "slow",
        "wordcount",
    }
    assert all(
        int(c["id"]) > 0 and int(c["application_id"]) == fake_discord.application_id
        for c in stored.values()
    )

    fetched = await demo.tree.fetch_commands()
    assert {c.name: c.id for c in fetched} == {n: int(c["id"]) for n, c in stored.items()}
    # Re-syncing keeps the ids, as Discord does for unchanged names.
    await demo.tree.sync()
    assert {c["name"]: c["id"] for c in fake_discord.commands} == {
        n: c["id"] for n, c in stored.items()
    }


async def test_invalid_command_definitions_are_rejected_like_discord(
    demo: DemoBot, fake_discord: FakeDiscord
) -> None:
    @app_commands.command(name="long", description="x" * 101)
    async def too_long(interaction: discord.Interaction) -> None:  # pragma: no cover
        pass

    demo.tree.add_command(too_long)
    with pytest.raises(discord.HTTPException) as caught:
        await demo.tree.sync()
    assert caught.value.status == 400 and caught.value.code == 50035
    # Discord's own description rejects it too; taken back, as this request was the point.
    (violation,) = fake_discord.spec_violations
    assert "description" in violation and "is too long" in violation
    fake_discord.spec_violations.clear()


# ---- slash commands ----------------------------------------------------------------


async def test_echo_round_trip(demo: DemoBot, fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild = fake.guilds[0]
    result = await fake.invoke(
        guild, "echo", {"text": "hi", "times": 2, "shout": True, "factor": 1.5}
    )
    assert result.type == 4
    assert result.content == "HI HI x3"
    assert not result.ephemeral
    assert result.allowed_mentions == {"parse": []}
    (message,) = fake.messages(guild.text_channel_id)
    assert message.id == result.message.id
    assert message.author_id == fake.bot_user.id
    assert message.data["type"] == 20
    assert message.data["interaction_metadata"]["user"]["id"] == str(fake.member.id)
    sent = fake.requests_to("POST /interactions/{id}/{token}/callback")[0].json
    assert sent["type"] == 4 and sent["data"]["content"] == "HI HI x3"


async def test_options_are_checked_against_the_synced_definition(
    demo: DemoBot, fake_discord: FakeDiscord
) -> None:
    guild = fake_discord.guilds[0]
    with pytest.raises(InvalidInteraction, match="required"):
        await fake_discord.invoke(guild, "echo", {})
    with pytest.raises(InvalidInteraction, match="no option"):
        await fake_discord.invoke(guild, "echo", {"text": "x", "volume": 3})
    with pytest.raises(InvalidInteraction, match="within"):
        await fake_discord.invoke(guild, "echo", {"text": "x", "times": 4})
    with pytest.raises(InvalidInteraction, match="whole number"):
        await fake_discord.invoke(guild, "echo", {"text": "x", "times": "2"})
    with pytest.raises(CommandNotAvailable, match="not a synced command"):
        await fake_discord.invoke(guild, "nope")
    assert fake_discord.interactions == []


async def test_resolved_member_channel_and_role(demo: DemoBot, fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild = fake.guilds[1]
    result = await fake.invoke(
        guild,
        "whois",
        {"who": fake.moderator, "where": guild.alert_channel_id, "role": guild.moderator_role_id},
        user=fake.stranger,
    )
    assert result.content == (
        f"Moderator Mo manage_guild=True in #pledge-alerts role=Moderator kind=None "
        f"guild={guild.id} channel={guild.text_channel_id}"
    )
    resolved = result.payload["data"]["resolved"]
    assert set(resolved) == {"users", "members", "channels", "roles"}


async def test_subcommand_group_and_default_permissions(
    demo: DemoBot, fake_discord: FakeDiscord
) -> None:
    fake = fake_discord
    guild = fake.guilds[0]
    result = await fake.invoke(guild, "notes admin wipe", {"confirm": True})
    assert result.content == "wiped=True"
    assert result.ephemeral
    assert fake.messages(guild.text_channel_id) == []
    options = result.payload["data"]["options"]
    assert options == [
        {
            "type": 2,
            "name": "admin",
            "options": [
                {
                    "type": 1,
                    "name": "wipe",
                    "options": [{"type": 5, "name": "confirm", "value": True}],
                },
            ],
        },
    ]
    with pytest.raises(InvalidInteraction, match="needs a subcommand"):
        await fake.invoke(guild, "notes admin")

    result = await fake.invoke(guild, "purge", user=fake.moderator)
    assert result.content == "purged by moderator; manage_guild=True"
    with pytest.raises(CommandNotAvailable, match="hides /purge"):
        await fake.invoke(guild, "purge", user=fake.member)
    # A server admin may override the default; the bot then sees the real permissions.
    result = await fake.invoke(guild, "purge", user=fake.member, respect_default_permissions=False)
    assert result.content == "purged by member; manage_guild=False"
    with pytest.raises(CommandNotAvailable, match="DMs"):
        await fake.invoke(None, "notes add", {"text": "x"})


async def test_defer_then_follow_ups(demo: DemoBot, fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    result = await fake.invoke(fake.guilds[0], "notes add", {"text": "buy milk"})
    assert result.type == 5
    assert result.content == "noted: buy milk"  # the first follow-up replaces "thinking..."
    assert result.ephemeral and not result.message.loading
    extra, temporary = result.followups
    assert extra.content == "and one more thing; original said 'noted: buy milk'"
    assert extra.ephemeral and extra.visible_to == fake.member.id
    assert temporary.deleted
    assert fake.messages(fake.guilds[0].text_channel_id) == []
    webhook_calls = [r.method for r in fake.requests_to("/webhooks/**")]
    assert webhook_calls == ["POST", "POST", "GET", "PATCH", "POST", "DELETE"]


async def test_mentions_follow_allowed_mentions(demo: DemoBot, fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    result = await fake.invoke(fake.guilds[0], "ping", {"who": fake.stranger})
    assert result.message.pinged_user_ids == [fake.stranger.id]
    assert result.message.data["mention_everyone"] is False
    echoed = await fake.invoke(fake.guilds[0], "echo", {"text": fake.stranger.mention})
    assert echoed.message.pinged_user_ids == []  # the bot's default: AllowedMentions.none()


async def test_autocomplete(demo: DemoBot, fake_discord: FakeDiscord) -> None:
    choices = await fake_discord.autocomplete(
        fake_discord.guilds[0],
        "notes show",
        {"number": "1"},
        focused="number",
        user=fake_discord.moderator,
    )
    assert choices[0] == {"name": "Note #1 for moderator", "value": 1}
    assert [c["value"] for c in choices] == [1, *range(10, 20)]
    result = await fake_discord.invoke(fake_discord.guilds[0], "notes show", {"number": 12})
    assert result.content == "note #12"


# ---- components and modals ---------------------------------------------------------


async def test_button_clicks_update_the_message(demo: DemoBot, fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild = fake.guilds[0]
    posted = await fake.invoke(guild, "counter")
    assert set(posted.message.custom_ids) == {"counter:inc", "counter:stop", "counter:colour"}

    click = await fake.click(posted.message, "counter:inc", user=fake.stranger)
    assert click.type == 7 and click.message.id == posted.message.id
    await fake.click(posted.message, "counter:inc")
    assert fake.message(posted.message.id).content == "count: 2"

    chosen = await fake.click(posted.message, "counter:colour", values=["blue"])
    assert chosen.content == "colour: blue" and chosen.ephemeral

    stop = await fake.click(posted.message, "counter:stop")
    assert stop.type == 6
    (message,) = fake.messages(guild.text_channel_id)
    assert message.content == "final: 2"
    assert all(b.get("disabled") for b in message.buttons())
    assert len(message.history) == 3
    with pytest.raises(InvalidInteraction, match="disabled"):
        await fake.click(message, "counter:inc")


async def test_modal_round_trip(demo: DemoBot, fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    opened = await fake.invoke(fake.guilds[0], "feedback", user=fake.moderator)
    assert opened.type == 9 and opened.modal["title"] == "Feedback"
    with pytest.raises(InvalidInteraction, match="required"):
        await fake.submit_modal(opened, {"feedback:mood": "ok"})
    with pytest.raises(InvalidInteraction, match="characters"):
        await fake.submit_modal(opened, {"feedback:text": "x" * 201})
    submitted = await fake.submit_modal(opened, {"feedback:text": "great fake"})
    assert submitted.content == "thanks for: great fake (mood: -)"
    assert submitted.ephemeral and submitted.user is fake.moderator


# ---- gateway resilience ------------------------------------------------------------


@pytest.mark.parametrize("how", ["close", "reconnect"])
async def test_dropped_gateway_is_resumed(
    demo: DemoBot, fake_discord: FakeDiscord, how: str
) -> None:
    fake = fake_discord
    (session,) = fake.gateway.sessions.values()
    await fake.drop_gateway(resume=True, how=how)
    (resume,) = fake.ops(RESUME)
    assert resume.d["session_id"] == session.id
    assert resume.d["token"] == fake.token
    assert len(fake.ops(IDENTIFY)) == 1
    assert fake.gateway.connections == 2
    result = await fake.invoke(fake.guilds[0], "echo", {"text": "still here"})
    assert result.content == "still here"


async def test_events_sent_while_disconnected_are_replayed_on_resume(
    demo: DemoBot, fake_discord: FakeDiscord
) -> None:
    fake = fake_discord
    await fake.drop_gateway(resume=True, wait=False)
    result = await fake.invoke(fake.guilds[0], "echo", {"text": "queued"})
    assert result.content == "queued"
    assert len(fake.ops(RESUME)) == 1


async def test_invalidated_session_identifies_again(
    demo: DemoBot, fake_discord: FakeDiscord
) -> None:
    fake = fake_discord
    await fake.drop_gateway(resume=False)
    assert len(fake.ops(IDENTIFY)) == 2
    assert fake.ops(RESUME) == []
    result = await fake.invoke(fake.guilds[1], "echo", {"text": "new session"})
    assert result.content == "new session"


async def test_restart_reconnects_a_new_bot(
    bot_factory: BotFactory, fake_discord: FakeDiscord
) -> None:
    first = await bot_factory.start(DemoBot)
    (old_session,) = fake_discord.gateway.sessions.values()
    await bot_factory.restart()
    assert not old_session.resumable  # a clean close (1000) ends the session on Discord
    second = bot_factory.bot
    assert second is not None and second is not first and first.is_closed()
    assert len(fake_discord.ops(IDENTIFY)) == 2
    result = await fake_discord.invoke(fake_discord.guilds[0], "echo", {"text": "after restart"})
    assert result.content == "after restart"


# ---- REST errors -------------------------------------------------------------------


async def test_429_is_waited_out_and_the_message_sent_once(
    demo: DemoBot, fake_discord: FakeDiscord
) -> None:
    fake = fake_discord
    guild = fake.guilds[0]
    limited = fake.fail("POST /channels/{channel_id}/messages", 429, retry_after=0.2)
    channel = demo.get_channel(guild.alert_channel_id)
    sent = await channel.send("alert!")
    assert limited.hits == 1
    attempts = fake.requests_to("POST /channels/*/messages")
    assert [a.status for a in attempts] == [429, 200]
    assert attempts[0].json["nonce"] == attempts[1].json["nonce"]
    stored = await fake.wait_for_message(guild.alert_channel_id, lambda m: m.content == "alert!")
    assert fake.messages(guild.alert_channel_id) == [stored]
    assert stored.id == sent.id
    assert stored.enforce_nonce and stored.nonce == attempts[0].json["nonce"]


async def test_enforce_nonce_deduplicates(demo: DemoBot, fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    channel = demo.get_channel(fake.guilds[0].alert_channel_id)
    first = await channel.send("once", nonce="pledge-1-due")
    again = await channel.send("once", nonce="pledge-1-due")
    assert again.id == first.id
    assert len(fake.messages(channel.id)) == 1
    other = await channel.send("twice", nonce="pledge-1-followup")
    assert other.id != first.id


async def test_403_surfaces_as_forbidden(demo: DemoBot, fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild = fake.guilds[0]
    channel = demo.get_channel(guild.alert_channel_id)
    fake.fail("POST /channels/*/messages", 403)
    with pytest.raises(discord.Forbidden) as caught:
        await channel.send("nope")
    assert caught.value.code == 50013

    # The same through real permissions: deny the bot Send Messages in the channel.
    await fake.set_overwrite(
        guild.alert_channel_id, fake.bot_user, deny=discord.Permissions(send_messages=True).value
    )
    with pytest.raises(discord.Forbidden):
        await channel.send("still nope")
    assert fake.messages(guild.alert_channel_id) == []
    assert len(fake.requests_to("POST /channels/*/messages")) == 2  # never retried


async def test_404_and_500(demo: DemoBot, fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    with pytest.raises(discord.NotFound) as caught:
        await demo.fetch_channel(1234567890123456789)
    assert caught.value.code == 10003
    fake.fail("GET /channels/*", 500)
    channel = await demo.fetch_channel(fake.guilds[0].text_channel_id)  # retried once
    assert channel.name == "general"
    assert [r.status for r in fake.requests_to("GET /channels/*")] == [404, 500, 200]


async def test_unknown_routes_are_recorded(demo: DemoBot, fake_discord: FakeDiscord) -> None:
    guild = demo.get_guild(fake_discord.guilds[0].id)
    with pytest.raises(discord.NotFound) as caught:
        await guild.fetch_emojis()
    assert caught.value.code == 0 and caught.value.text == "404: Not Found"
    (unknown,) = fake_discord.unknown_requests
    assert (unknown.method, unknown.path) == ("GET", f"/guilds/{guild.id}/emojis")


async def test_message_limits_are_enforced(demo: DemoBot, fake_discord: FakeDiscord) -> None:
    channel = demo.get_channel(fake_discord.guilds[0].text_channel_id)
    with pytest.raises(discord.HTTPException) as caught:
        await channel.send("x" * 2001)
    assert caught.value.status == 400 and caught.value.code == 50035
    with pytest.raises(discord.HTTPException):
        await channel.send(embed=discord.Embed(title="t" * 257))
    # The long title breaks Discord's own description too (it allows message content
    # longer than 2000 characters: the limit for bots is stricter than the description).
    (violation,) = fake_discord.spec_violations
    assert "embeds/0/title" in violation and "is too long" in violation
    fake_discord.spec_violations.clear()


async def test_guild_commands_are_scoped(
    bot_factory: BotFactory, fake_discord: FakeDiscord
) -> None:
    fake = fake_discord
    home, other = fake.guilds
    bot = await bot_factory.start(lambda: DemoBot(local_guild_id=home.id))
    assert fake.command_definitions(home) == [
        c.to_dict(bot.tree) for c in bot.tree.get_commands(guild=discord.Object(home.id))
    ]
    assert fake.command_definitions(other) is None
    assert fake.guild_commands(home)[0]["guild_id"] == str(home.id)
    result = await fake.invoke(home, "local")
    assert result.content == f"local to {home.id}"
    assert result.payload["data"]["guild_id"] == str(home.id)
    with pytest.raises(CommandNotAvailable):
        await fake.invoke(other, "local")


async def test_commands_in_direct_messages(demo: DemoBot, fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    result = await fake.invoke(None, "echo", {"text": "in private"}, user=fake.stranger)
    assert result.content == "in private"
    assert result.payload["context"] == 1 and "member" not in result.payload
    assert fake.messages(fake.dm_channel_id(fake.stranger))[0].id == result.message.id


async def test_an_answer_after_the_deadline_is_refused(
    demo: DemoBot, fake_discord: FakeDiscord
) -> None:
    """Discord forgets an interaction not acknowledged within 3 s (here: 0.1 s)."""
    fake = fake_discord
    fake.ack_deadline = 0.1
    with pytest.raises(InteractionTimeout, match="did not answer"):
        await fake.invoke(fake.guilds[0], "slow", timeout=1.0)
    (late,) = fake.requests_to("POST /interactions/{id}/{token}/callback")
    assert late.status == 404
    assert fake.messages(fake.guilds[0].text_channel_id) == []


async def test_attachments_both_ways(demo: DemoBot, fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    upload = fake.upload("article.txt", "The chancellor promised lower taxes")
    result = await fake.invoke(fake.guilds[0], "wordcount", {"article": upload})
    assert result.content == "5 words"
    (attachment,) = result.message.data["attachments"]
    assert attachment["filename"] == "count.txt"
    assert result.message.files == [("count.txt", b"article.txt: 5")]
    assert fake.unknown_requests == []


async def test_registered_commands_work_without_a_sync(
    bot_factory: BotFactory, fake_discord: FakeDiscord
) -> None:
    """How a bot running as a subprocess (which does not sync on start) gets commands."""
    fake = fake_discord
    bot = await bot_factory.start(DemoBot, sync=False)
    assert fake.commands == []
    fake.register_commands([c.to_dict(bot.tree) for c in bot.tree.get_commands()])
    await fake.wait_for_bot()
    result = await fake.invoke(fake.guilds[0], "echo", {"text": "no sync needed"})
    assert result.content == "no sync needed"
    assert fake.requests_to("PUT /applications/**") == []


# ---- the product's bot on the same harness ----------------------------------------


async def test_running_bot_is_the_real_pledgebot(
    running_bot: commands.Bot, bot_factory: BotFactory, fake_discord: FakeDiscord
) -> None:
    """`running_bot` starts PledgeBot on a temporary database, synced into the fake; a
    restart brings up a new PledgeBot on the same file. Product flows are tested
    elsewhere; this only proves the harness."""
    from bot.chat.client import PledgeBot

    fake = fake_discord
    assert isinstance(running_bot, PledgeBot)
    assert running_bot.clock is bot_factory.clock
    assert fake.command_definitions() == [
        c.to_dict(running_bot.tree) for c in running_bot.tree.get_commands()
    ]
    assert bot_factory.db_path.exists()

    restarted = await bot_factory.restart()
    assert isinstance(restarted, PledgeBot) and restarted is not running_bot
    assert running_bot.is_closed()
    assert len(fake.ops(IDENTIFY)) == 2
    assert fake.unknown_requests == []
