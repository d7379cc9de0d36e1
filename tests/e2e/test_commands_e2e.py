"""Every slash command, end to end: the real PledgeBot, the real store, the fake Discord.

What a member would see is asserted on what went over the wire: public or ephemeral,
the text and embeds, buttons, who would be pinged.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.fakediscord import CommandNotAvailable, InvalidInteraction

pytestmark = pytest.mark.usefixtures("running_bot")

MERZ = {
    "speaker": "Friedrich Merz",
    "promise": "Putin and Zelenskyy will meet",
    "deadline": "within two weeks",
    "said_on": "18 August 2025",
}
DUE_1_SEP = int(datetime(2025, 9, 1, 23, 59, 59, tzinfo=UTC).timestamp())


def field(embed: dict, name: str) -> str:
    return next(f["value"] for f in embed["fields"] if f["name"].startswith(name))


async def add(fake, guild=None, user=None, **options):
    guild = guild or fake.guilds[0]
    result = await fake.invoke(guild, "pledge add", {**MERZ, **options}, user=user or fake.member)
    return result


async def test_add_posts_public_card_with_discord_timestamps(fake_discord):
    result = await add(fake_discord)
    assert not result.ephemeral
    # Issue 12: the reply also says what the deadline words were read as.
    assert result.content == "Recorded pledge #1.\nread as: “within two weeks”"
    card = result.embeds[0]
    assert card["title"].startswith("#1 · Putin and Zelenskyy will meet")
    assert f"<t:{DUE_1_SEP}:f>" in field(card, "Due") and f"<t:{DUE_1_SEP}:R>" in field(card, "Due")
    assert "approximately" not in field(card, "Due")
    assert "open" in field(card, "Status")
    assert f"<@{fake_discord.member.id}>" in field(card, "Recorded by")
    # No alert channel yet: the reply says alerts are paused and how to fix it.
    assert "/pledgewatch channel" in card["footer"]["text"]


async def test_vague_deadline_is_shown_as_approximate(fake_discord):
    result = await add(fake_discord, deadline="over the coming days")
    assert "approximately" in field(result.embeds[0], "Due")


async def test_unreadable_deadline_is_refused_with_examples_and_nothing_saved(fake_discord):
    result = await add(fake_discord, deadline="when the time is right")
    assert result.ephemeral
    assert "“when the time is right”" in result.content
    assert "within two weeks" in result.content  # an example
    listing = await fake_discord.invoke(fake_discord.guilds[0], "pledge list", {"status": "all"})
    assert "No pledges match" in listing.text


async def test_a_weekday_that_disagrees_with_its_date_is_refused_naming_both(fake_discord):
    """Issue 12, round 9: 5 March 2027 is a Friday. Either word may be the slip, so the
    member is asked which was meant, and nothing is recorded on a guess."""
    result = await add(fake_discord, deadline="on Tuesday 5 March 2027")
    assert result.ephemeral
    assert "“on Tuesday 5 March 2027”" in result.content
    assert "Tuesday does not fit 5 March 2027, which is a Friday" in result.content
    listing = await fake_discord.invoke(fake_discord.guilds[0], "pledge list", {"status": "all"})
    assert "No pledges match" in listing.text
    fixed = await add(fake_discord, deadline="on Friday 5 March 2027")
    assert not fixed.ephemeral
    assert fixed.content == "Recorded pledge #1.\nread as: “on Friday 5 March 2027”"


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"quote": "q" * 1001}, "limit is 1000"),
        ({"source": "javascript:alert(1)"}, "http:// or https://"),
        ({"said_on": "the day after tomorrow next year"}, "couldn't read"),
        ({"depends_on": 77}, "There is no pledge #77 in this server. Use /pledge list to see "),
    ],
)
async def test_bad_input_gets_an_ephemeral_explanation(fake_discord, options, expected):
    result = await add(fake_discord, **options)
    assert result.ephemeral
    assert expected in result.content


async def test_mentions_in_user_text_ping_nobody(fake_discord):
    guild = fake_discord.guilds[0]
    sneaky = f"@everyone @here <@&{guild.moderator_role_id}> <@{fake_discord.moderator.id}>"
    result = await add(fake_discord, speaker=sneaky[:100], promise=sneaky, quote=sneaky)
    assert not result.ephemeral
    message = result.message
    assert message.pinged_user_ids == []
    assert message.pinged_role_ids == []
    assert message.data["mention_everyone"] is False


async def test_list_pages_and_only_the_asker_may_turn_them(fake_discord):
    for i in range(23):
        await add(fake_discord, promise=f"promise {i:02d}", deadline=f"within {i + 1} days")
    result = await fake_discord.invoke(fake_discord.guilds[0], "pledge list")
    first = result.message
    assert "Page 1 of 3" in first.text and "23 pledge(s)" in first.text
    assert "promise 00" in first.text and "promise 10" not in first.text
    previous, nxt = (b["custom_id"] for b in first.buttons())
    assert first.component(previous)["disabled"] is True

    stranger = await fake_discord.click(first, nxt, user=fake_discord.stranger)
    assert stranger.ephemeral and "belong to the member who ran the command" in stranger.content
    assert "Page 1 of 3" in fake_discord.message(first.id).text

    await fake_discord.click(first, nxt, user=fake_discord.member)
    await fake_discord.click(first, nxt, user=fake_discord.member)
    last = fake_discord.message(first.id)
    assert "Page 3 of 3" in last.text and "promise 22" in last.text
    assert last.component(nxt)["disabled"] is True
    await fake_discord.click(first, previous, user=fake_discord.member)
    assert "Page 2 of 3" in fake_discord.message(first.id).text


async def test_list_filters(fake_discord):
    await add(fake_discord)
    await add(fake_discord, speaker="Mark Rutte", promise="security guarantees", deadline=None)
    guild = fake_discord.guilds[0]
    by_speaker = await fake_discord.invoke(guild, "pledge list", {"speaker": "rutte"})
    assert "security guarantees" in by_speaker.text and "Merz" not in by_speaker.text
    by_query = await fake_discord.invoke(guild, "pledge list", {"query": "zelenskyy"})
    assert "Friedrich Merz" in by_query.text and "Rutte" not in by_query.text
    overdue = await fake_discord.invoke(guild, "pledge list", {"status": "overdue"})
    assert "No pledges match" in overdue.text
    empty = await fake_discord.invoke(guild, "pledge list", {"status": "broken"})
    assert "/pledge add" in empty.text


async def test_show_has_full_history(fake_discord):
    await add(fake_discord)
    guild = fake_discord.guilds[0]
    await fake_discord.invoke(guild, "pledge extend", {"number": 1, "deadline": "by Christmas"})
    result = await fake_discord.invoke(guild, "pledge show", {"number": 1})
    history = field(result.embeds[0], "History")
    assert "recorded by" in history and "extended the deadline" in history


async def test_show_spreads_a_long_history_over_several_fields(fake_discord):
    """/pledge show promises the full history; one 1024-character field held about ten
    events of a pledge extended again and again."""
    await add(fake_discord)
    guild = fake_discord.guilds[0]
    for days in range(3, 33):
        await fake_discord.invoke(
            guild,
            "pledge extend",
            {"number": 1, "deadline": f"within {days} days", "reason": f"slipped again ({days})"},
        )
    result = await fake_discord.invoke(guild, "pledge show", {"number": 1})
    history = [f for f in result.embeds[0]["fields"] if f["name"].startswith("History")]
    assert len(history) >= 2
    assert history[0]["name"] == "History"
    assert {f["name"] for f in history[1:]} == {"History (cont.)"}
    text = "\n".join(f["value"] for f in history)
    assert "recorded by" in text and text.count("extended the deadline") == 30
    assert text.index("slipped again (3)") < text.index("slipped again (32)")
    assert "slipped again (32)" in history[-1]["value"]
    # The card after a change shows only the latest events, and says so.
    card = await fake_discord.invoke(guild, "pledge extend", {"number": 1, "deadline": "by 2026"})
    latest = [f for f in card.embeds[0]["fields"] if f["name"].startswith("History")]
    assert [f["name"] for f in latest] == ["History (last 5 of 32)"]


async def test_mark_permissions_and_transitions(fake_discord):
    await add(fake_discord, user=fake_discord.member)
    guild = fake_discord.guilds[0]
    refused = await fake_discord.invoke(
        guild, "pledge mark", {"number": 1, "status": "broken"}, user=fake_discord.stranger
    )
    assert refused.ephemeral and "only the member who recorded it" in refused.content

    ruled = await fake_discord.invoke(
        guild,
        "pledge mark",
        {
            "number": 1,
            "status": "partly fulfilled",
            "note": "met by video",
            "evidence": "https://example.com/evidence",
        },
        user=fake_discord.moderator,
    )
    assert not ruled.ephemeral and "partly fulfilled" in ruled.content
    assert "met by video" in field(ruled.embeds[0], "Ruling")

    again = await fake_discord.invoke(guild, "pledge mark", {"number": 1, "status": "broken"})
    assert again.ephemeral and "reopen it first" in again.content
    reopened = await fake_discord.invoke(guild, "pledge mark", {"number": 1, "status": "open"})
    assert "Reopened pledge #1" in reopened.content


async def test_editor_role_may_rule(fake_discord):
    guild = fake_discord.guilds[0]
    await add(fake_discord, user=fake_discord.member)
    await fake_discord.invoke(
        guild, "pledgewatch role", {"role": guild.moderator_role_id}, user=fake_discord.moderator
    )
    refused = await fake_discord.invoke(
        guild, "pledge mark", {"number": 1, "status": "broken"}, user=fake_discord.stranger
    )
    assert f"<@&{guild.moderator_role_id}>" in refused.content
    assert refused.message.pinged_role_ids == []


async def test_an_extension_to_the_deadline_it_already_has_is_refused(fake_discord):
    """A member's first week: /pledge extend with the words the pledge already had said
    "Extended pledge #1." and wrote "extended the deadline: by the end of October (...) →
    by the end of October (...)" into the history, which changed nothing. Refused
    privately, saying so; nothing written."""
    await add(fake_discord)
    guild = fake_discord.guilds[0]
    words = {"number": 1, "deadline": "by the end of October"}
    first = await fake_discord.invoke(guild, "pledge extend", words)
    assert first.content.startswith("Extended pledge #1."), first.content
    again = await fake_discord.invoke(guild, "pledge extend", words)
    assert again.ephemeral, again.content
    assert (
        "already has this deadline" in again.content and "“by the end of October”" in again.content
    )
    shown = await fake_discord.invoke(guild, "pledge show", {"number": 1})
    assert shown.text.count("extended the deadline") == 1, shown.text


async def test_extend_and_edit(fake_discord):
    await add(fake_discord)
    guild = fake_discord.guilds[0]
    extended = await fake_discord.invoke(
        guild,
        "pledge extend",
        {"number": 1, "deadline": "by the end of September", "reason": "talks slipped"},
    )
    due = int(datetime(2025, 9, 30, 23, 59, 59, tzinfo=UTC).timestamp())
    assert f"<t:{due}:f>" in field(extended.embeds[0], "Due")
    bad = await fake_discord.invoke(guild, "pledge extend", {"number": 1, "deadline": "someday"})
    assert bad.ephemeral and "“someday”" in bad.content

    edited = await fake_discord.invoke(
        guild,
        "pledge edit",
        {"number": 1, "speaker": "Chancellor Merz", "source": "https://example.com/a"},
    )
    assert "Chancellor Merz" in edited.text and "https://example.com/a" in edited.text
    nothing = await fake_discord.invoke(guild, "pledge edit", {"number": 1})
    assert nothing.ephemeral and "Nothing to change" in nothing.content


async def test_delete_asks_for_confirmation(fake_discord):
    await add(fake_discord)
    await add(fake_discord, promise="second")
    guild = fake_discord.guilds[0]
    refused = await fake_discord.invoke(
        guild, "pledge delete", {"number": 1}, user=fake_discord.stranger
    )
    assert refused.ephemeral and "can't delete #1" in refused.content

    ask = await fake_discord.invoke(guild, "pledge delete", {"number": 1})
    assert ask.ephemeral and "Delete pledge #1?" in ask.content
    delete_id, keep_id = (b["custom_id"] for b in ask.message.buttons())
    with pytest.raises(InvalidInteraction):  # nobody else can even see it
        await fake_discord.click(ask.message, delete_id, user=fake_discord.stranger)
    kept = await fake_discord.click(ask.message, keep_id)
    assert "Kept pledge #1" in fake_discord.message(ask.message.id).content
    assert kept.type == 7

    ask = await fake_discord.invoke(guild, "pledge delete", {"number": 1})
    await fake_discord.click(ask.message, ask.message.buttons()[0]["custom_id"])
    assert "was deleted" in fake_discord.message(ask.message.id).content
    gone = await fake_discord.invoke(guild, "pledge show", {"number": 1})
    assert gone.ephemeral and "no pledge #1" in gone.content
    listing = await fake_discord.invoke(guild, "pledge list", {"status": "all"})
    assert "second" in listing.text and "1 pledge(s)" in listing.text


async def test_a_card_no_longer_depends_on_a_deleted_pledge(fake_discord):
    """Review p42b: #2's card said "Depends on #1" after #1 was deleted, while
    /pledge show 1 said there was no #1."""
    await add(fake_discord)
    await add(fake_discord, promise="a trilateral summit", depends_on=1)
    guild = fake_discord.guilds[0]
    before = await fake_discord.invoke(guild, "pledge show", {"number": 2})
    assert "Depends on" in before.text
    ask = await fake_discord.invoke(guild, "pledge delete", {"number": 1})
    await fake_discord.click(ask.message, ask.message.buttons()[0]["custom_id"])
    after = await fake_discord.invoke(guild, "pledge show", {"number": 2})
    assert "Depends on" not in after.text
    assert "edited depends_on" in after.text and "#1 was deleted" in after.text


async def test_number_autocomplete(fake_discord):
    await add(fake_discord)
    await add(fake_discord, speaker="Mark Rutte", promise="security guarantees")
    for i in range(30):
        await add(fake_discord, promise=f"filler {i}")
    guild = fake_discord.guilds[0]
    choices = await fake_discord.autocomplete(
        guild, "pledge show", {"number": "2"}, focused="number"
    )
    assert choices[0] == {"name": "#2 Mark Rutte: security guarantees", "value": 2}
    assert len(choices) <= 25
    by_text = await fake_discord.autocomplete(
        guild, "pledge mark", {"number": "rutte"}, focused="number"
    )
    assert [c["value"] for c in by_text] == [2]
    everything = await fake_discord.autocomplete(
        guild, "pledge show", {"number": ""}, focused="number"
    )
    assert len(everything) == 25
    assert all(len(c["name"]) <= 100 for c in everything)


async def test_servers_are_isolated(fake_discord):
    first, second = fake_discord.guilds[0], fake_discord.guilds[1]
    await add(fake_discord, guild=first)
    other = await fake_discord.invoke(second, "pledge show", {"number": 1})
    assert other.ephemeral and "no pledge #1" in other.content
    rule = await fake_discord.invoke(
        second, "pledge mark", {"number": 1, "status": "broken"}, user=fake_discord.moderator
    )
    assert rule.ephemeral
    assert (
        await fake_discord.autocomplete(second, "pledge show", {"number": ""}, focused="number")
        == []
    )
    listing = await fake_discord.invoke(second, "pledge list", {"status": "all"})
    assert "Merz" not in listing.text


async def test_commands_are_not_available_in_dms(fake_discord):
    with pytest.raises(CommandNotAvailable):
        await fake_discord.invoke(None, "pledge list")


async def test_settings_need_manage_server_even_if_discord_lets_it_through(fake_discord):
    guild = fake_discord.guilds[0]
    with pytest.raises(CommandNotAvailable):
        await fake_discord.invoke(guild, "pledgewatch show", user=fake_discord.member)
    forced = await fake_discord.invoke(
        guild,
        "pledgewatch channel",
        {"channel": guild.alert_channel_id},
        user=fake_discord.member,
        respect_default_permissions=False,
    )
    assert forced.ephemeral and "Manage Server" in forced.content


async def test_settings_round_trip(fake_discord):
    guild = fake_discord.guilds[0]
    mod = fake_discord.moderator
    result = await fake_discord.invoke(
        guild, "pledgewatch channel", {"channel": guild.alert_channel_id}, user=mod
    )
    assert result.ephemeral and f"<#{guild.alert_channel_id}>" in result.text
    zones = await fake_discord.autocomplete(
        guild, "pledgewatch timezone", {"name": "berl"}, focused="name", user=mod
    )
    assert {"name": "Europe/Berlin", "value": "Europe/Berlin"} in zones
    bad = await fake_discord.invoke(guild, "pledgewatch timezone", {"name": "Mars/Base"}, user=mod)
    assert bad.ephemeral and "not a time zone" in bad.content
    await fake_discord.invoke(guild, "pledgewatch timezone", {"name": "Pacific/Auckland"}, user=mod)
    await fake_discord.invoke(guild, "pledgewatch dateorder", {"order": "month-first"}, user=mod)
    await fake_discord.invoke(
        guild, "pledgewatch alerts", {"heads_up_hours": 48, "follow_ups": "1, 3"}, user=mod
    )
    bad_days = await fake_discord.invoke(
        guild, "pledgewatch alerts", {"follow_ups": "soon"}, user=mod
    )
    assert bad_days.ephemeral and "whole numbers of days" in bad_days.content
    shown = await fake_discord.invoke(guild, "pledgewatch show", user=mod)
    text = shown.text
    assert "Pacific/Auckland" in text and "month-first" in text
    assert "Heads-up 2 d" in text and "1 d, 3 d" in text
    assert "paused" not in text
    # Deadlines are now read in Auckland, where 12:00 UTC on 18 August is already the
    # 19th: "today" ends at midnight there, 11:59:59 UTC on the 19th.
    card = await add(fake_discord, deadline="today", said_on=None)
    auckland_midnight = int(datetime(2025, 8, 19, 11, 59, 59, tzinfo=UTC).timestamp())
    assert f"<t:{auckland_midnight}:f>" in field(card.embeds[0], "Due")


async def test_seed_imports_once(fake_discord):
    guild = fake_discord.guilds[0]
    first = await fake_discord.invoke(guild, "pledgewatch seed", user=fake_discord.moderator)
    assert "Imported 7 pledge(s)" in first.content
    second = await fake_discord.invoke(guild, "pledgewatch seed", user=fake_discord.moderator)
    assert "nothing was added" in second.content
    listing = await fake_discord.invoke(guild, "pledge list", {"status": "all"})
    assert "7 pledge(s)" in listing.text


async def test_track_record(fake_discord):
    guild = fake_discord.guilds[0]
    await add(fake_discord)
    await add(fake_discord, promise="second")
    await fake_discord.invoke(guild, "pledge mark", {"number": 1, "status": "fulfilled"})
    await fake_discord.invoke(guild, "pledge mark", {"number": 2, "status": "broken"})
    result = await fake_discord.invoke(guild, "pledge record")
    header, _, row = result.embeds[0]["description"].splitlines()[1:4]
    assert header.split() == ["Speaker", "Pl.", "Kept", "Broken", "Open", "Overdue", "Ext", "Late"]
    assert row.split() == ["Friedrich", "Merz", "2", "50%", "1", "0", "0", "0", "—"]


async def test_speaker_autocomplete_suggests_speakers_on_record(fake_discord):
    guild = fake_discord.guilds[0]
    await add(fake_discord, speaker="Donald Trump")
    await add(fake_discord, speaker="donald trump", promise="again")
    await add(fake_discord, speaker="Mark Rutte")
    await add(fake_discord, speaker="Friedrich Merz")
    await add(fake_discord, speaker="Olaf 100% Scholz_x")
    typed_d = await fake_discord.autocomplete(
        guild, "pledge add", {"speaker": "d"}, focused="speaker"
    )
    # Prefix matches first; spellings that differ only in case are one speaker.
    assert [c["value"] for c in typed_d] == ["Donald Trump", "Friedrich Merz"]
    everyone = await fake_discord.autocomplete(
        guild, "pledge list", {"speaker": ""}, focused="speaker"
    )
    assert everyone[0]["value"] == "Donald Trump"  # pledged most often
    assert len(everyone) == 4
    literal = await fake_discord.autocomplete(
        guild, "pledge list", {"speaker": "0%"}, focused="speaker"
    )
    assert [c["value"] for c in literal] == ["Olaf 100% Scholz_x"]
    other = await fake_discord.autocomplete(
        fake_discord.guilds[1], "pledge list", {"speaker": ""}, focused="speaker"
    )
    assert other == []


async def test_settings_are_shown_to_managers_only_even_if_discord_lets_others_in(fake_discord):
    """An admin who opens /pledgewatch show to everyone in Discord's settings showed the
    alert-failure text to all: the bot now checks Manage Server itself (#11, finding 6)."""
    guild = fake_discord.guilds[0]
    refused = await fake_discord.invoke(
        guild, "pledgewatch show", user=fake_discord.member, respect_default_permissions=False
    )
    assert refused.ephemeral
    assert "Only members with the Manage Server permission can see" in refused.content
    assert refused.embeds == []
    shown = await fake_discord.invoke(guild, "pledgewatch show", user=fake_discord.moderator)
    assert shown.ephemeral and shown.embeds[0]["title"] == "Pledgewatch settings"


async def test_add_says_which_words_were_read_and_why(fake_discord):
    """Issue 12: "read as: <matched words>", and the reason when there were several."""
    result = await add(
        fake_discord,
        deadline="It will now open on 2 October, not on 15 September.",
    )
    assert not result.ephemeral
    assert "read as: “on 2 October”" in result.content
    assert "15 September" in result.content
    earliest = await add(fake_discord, deadline="not before June")
    start = int(datetime(2026, 6, 1, tzinfo=UTC).timestamp())
    assert f"read as: not before <t:{start}:D>" in earliest.content
    assert "no deadline" in earliest.content


async def test_extend_reply_says_what_was_read(fake_discord):
    await add(fake_discord)
    guild = fake_discord.guilds[0]
    result = await fake_discord.invoke(
        guild, "pledge extend", {"number": 1, "deadline": "by the end of FY27"}
    )
    assert result.content.startswith("Extended pledge #1.\nread as: “by the end of FY27”")


async def test_fiscal_year_setting_round_trip(fake_discord):
    guild, mod = fake_discord.guilds[0], fake_discord.moderator
    show = await fake_discord.invoke(guild, "pledgewatch show", user=mod)
    assert field(show.embeds[0], "Fiscal year") == "ends 31 December (default for UTC)"
    bad = await fake_discord.invoke(guild, "pledgewatch fiscalyear", {"end": "soon"}, user=mod)
    assert bad.ephemeral and "fiscal year ends" in bad.content
    done = await fake_discord.invoke(guild, "pledgewatch fiscalyear", {"end": "31 March"}, user=mod)
    assert done.ephemeral and field(done.embeds[0], "Fiscal year") == "ends 31 March"
    show = await fake_discord.invoke(guild, "pledgewatch show", user=mod)
    assert field(show.embeds[0], "Fiscal year") == "ends 31 March"


async def test_a_slow_change_is_answered_after_a_defer(fake_discord, monkeypatch):
    """Discord drops an interaction not answered within 3 seconds: a change still being
    written after DEFER_AFTER (here at once) is answered after a public "thinking…",
    and the card replaces the placeholder. Nothing is lost and nothing is doubled."""
    monkeypatch.setattr("bot.chat.client.DEFER_AFTER", 0)
    result = await add(fake_discord)
    assert result.type == 5 and not result.ephemeral
    shown = [m for m in [result.message, *result.followups] if m is not None and not m.deleted]
    assert [m.content for m in shown if m.content] == [
        "Recorded pledge #1.\nread as: “within two weeks”"
    ]
    assert shown[-1].embeds[0]["title"].startswith("#1 · Putin and Zelenskyy will meet")
    marked = await fake_discord.invoke(
        fake_discord.guilds[0], "pledge mark", {"number": 1, "status": "broken"}
    )
    assert marked.type == 5
    texts = [m.content for m in [marked.message, *marked.followups] if m and not m.deleted]
    assert "Marked as broken: pledge #1." in texts


async def test_a_slow_change_that_fails_is_refused_privately(fake_discord, monkeypatch):
    """The public placeholder of a deferred change is deleted when the change is refused,
    and the reason comes as a message only the member sees."""
    monkeypatch.setattr("bot.chat.client.DEFER_AFTER", 0)
    result = await fake_discord.invoke(
        fake_discord.guilds[0], "pledge mark", {"number": 99, "status": "broken"}
    )
    assert result.type == 5 and result.message is not None and result.message.deleted
    [refusal] = result.followups
    assert refusal.ephemeral and "#99" in refusal.content
    assert fake_discord.messages(fake_discord.guilds[0].text_channel_id) == []


@pytest.mark.parametrize("defer_after", [2.0, 0])
async def test_a_card_that_fails_after_a_saved_change_still_confirms_it(
    fake_discord, monkeypatch, defer_after
):
    """The pledge is written before its card is drawn: when drawing fails, the reply
    still says the pledge was recorded (a generic "try again" led members to record it
    twice), and points to /pledge show. Answered at once or after a defer alike."""
    monkeypatch.setattr("bot.chat.client.DEFER_AFTER", defer_after)

    def broken_card(*args, **kwargs):
        raise RuntimeError("card drawing failed")

    monkeypatch.setattr("bot.chat.render.pledge_embed", broken_card)
    result = await add(fake_discord)
    shown = [m for m in [result.message, *result.followups] if m is not None and not m.deleted]
    [reply] = [m for m in shown if m.content]
    assert not reply.ephemeral
    assert reply.content.startswith("Recorded pledge #1.\nread as: “within two weeks”")
    assert "`/pledge show number:1`" in reply.content and reply.embeds == []
    monkeypatch.undo()
    listed = await fake_discord.invoke(fake_discord.guilds[0], "pledge show", {"number": 1})
    assert listed.embeds[0]["title"].startswith("#1 · Putin and Zelenskyy will meet")
    again = await add(fake_discord)
    assert again.content.startswith("Recorded pledge #2.")


async def test_an_extension_in_the_history_shows_both_deadlines_as_discord_times(fake_discord):
    """The history said "within two weeks (2025-09-01T23:59+00:00) → …": a raw UTC stamp,
    not in the member's own time zone and language like every other time on the card."""
    await add(fake_discord)
    guild = fake_discord.guilds[0]
    await fake_discord.invoke(
        guild, "pledge extend", {"number": 1, "deadline": "by the end of September"}
    )
    shown = await fake_discord.invoke(guild, "pledge show", {"number": 1})
    history = field(shown.embeds[0], "History")
    line = next(line for line in history.splitlines() if "extended the deadline" in line)
    due_30_sep = int(datetime(2025, 9, 30, 23, 59, 59, tzinfo=UTC).timestamp())
    assert f"within two weeks (<t:{DUE_1_SEP - 59}:f>)" in line, line
    assert f"by the end of September (<t:{due_30_sep - 59}:f>)" in line, line
    assert "+00:00" not in line and "T23:59" not in line


@pytest.mark.parametrize(
    ("said_on", "shown"),
    [("18 August 2027", "18 August 2027"), ("2025-09-15", "15 September 2025")],
)
async def test_a_said_on_date_in_the_future_is_refused_as_such(fake_discord, said_on, shown):
    """A date read perfectly well but ahead of today was refused with "I couldn't read
    “18 August 2027”", which sends the member hunting for a spelling mistake."""
    result = await add(fake_discord, said_on=said_on)
    assert result.ephemeral
    assert "couldn't read" not in result.content, result.content
    assert f"“{said_on}” ({shown}) is in the future" in result.content, result.content
    assert "today or earlier" in result.content
    assert fake_discord.messages(fake_discord.guilds[0].text_channel_id) == []


async def test_the_query_option_says_how_it_matches(fake_discord):
    """The option said "Only pledges whose text contains this", but the text index finds
    words that begin with what was typed: "axes" does not find "taxes", which a member
    reading "contains" expects."""
    await add(fake_discord, promise="cut taxes for families")
    guild = fake_discord.guilds[0]
    inner = await fake_discord.invoke(guild, "pledge list", {"query": "axes"})
    start = await fake_discord.invoke(guild, "pledge list", {"query": "tax fam"})
    assert "No pledges match" in inner.text and "cut taxes" in start.text
    (pledge,) = [c for c in fake_discord.command_definitions() or [] if c["name"] == "pledge"]
    (listing,) = [o for o in pledge["options"] if o["name"] == "list"]
    (query,) = [o for o in listing["options"] if o["name"] == "query"]
    assert "contains" not in query["description"]
    assert "beginning" in query["description"] or "start" in query["description"]


async def test_a_deadline_before_the_pledge_names_the_days_of_the_servers_zone(fake_discord):
    """Both days in this refusal were printed in UTC: in Auckland's summer (UTC+13) the
    member read "“1 January 2025” (31 December 2024) is before …"."""
    guild = fake_discord.guilds[0]
    await fake_discord.invoke(
        guild, "pledgewatch timezone", {"name": "Pacific/Auckland"}, user=fake_discord.moderator
    )
    refused = await add(fake_discord, deadline="1 January 2025", said_on="18 January 2025")
    assert refused.ephemeral
    assert "“1 January 2025” (01 January 2025) is before" in refused.content, refused.content
    later = await fake_discord.invoke(guild, "pledge extend", {"number": 1, "deadline": "x"})
    assert later.ephemeral  # no pledge: nothing was recorded


async def test_a_start_date_without_deadline_is_shown_on_the_card(fake_discord):
    """ "not before June" records its earliest date and no deadline; the reply said so,
    but the card everyone sees said “not before June” "names no date"."""
    result = await add(fake_discord, deadline="not before June")
    june = int(datetime(2026, 6, 1, tzinfo=UTC).timestamp())
    assert f"not before <t:{june}:D>" in result.content
    due = field(result.embeds[0], "Due")
    assert "names no date" not in due, due
    assert f"not before <t:{june}:D>" in due and "“not before June”" in due


async def test_an_empty_filtered_list_points_to_the_filters_not_to_the_example_import(
    fake_discord,
):
    """A server with pledges, none overdue: /pledge list status:overdue told the member to
    import the example article's pledges with /pledgewatch seed (a command for managers,
    which fills a live server with sample pledges) as if the server had none."""
    await add(fake_discord)
    guild = fake_discord.guilds[0]
    for options in ({"status": "overdue"}, {"query": "budget"}, {"speaker": "rutte"}):
        empty = await fake_discord.invoke(guild, "pledge list", options)
        assert "No pledges match" in empty.text
        assert "/pledgewatch seed" not in empty.text, empty.text
        assert "status:all" in empty.text and "/pledge add" in empty.text
    everything = await fake_discord.invoke(guild, "pledge list", {"status": "all"})
    assert "Putin and Zelenskyy" in everything.text
