"""The builders must stay within Discord's limits (bot/chat/limits.py) for any input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import discord

from bot.chat import markdown, render, render_settings
from bot.chat.ui.ruling import ExtendForm
from bot.core.model import Event, GuildSettings, ListFilter, Page, Pledge, Status

NOW = datetime(2025, 9, 10, 12, tzinfo=UTC)


def big_pledge(number: int = 1, **overrides) -> Pledge:
    fields = dict(
        id=number,
        guild_id=1,
        number=number,
        speaker="S" * 100,
        promise="P" * 500,
        beneficiary="B" * 100,
        quote="Q" * 1000,
        source_url="https://example.com/" + "u" * 480,
        source_title="T" * 500,
        said_at=NOW - timedelta(days=30),
        deadline_text="D" * 200,
        due_at=NOW - timedelta(days=1),
        vague=True,
        depends_on=9_999_999,
        recorded_by=123456789012345678,
        status=Status.OPEN,
        status_note="N" * 1000,
        evidence_url="https://example.com/" + "e" * 480,
        created_at=NOW - timedelta(days=30),
        updated_at=NOW,
    )
    fields.update(overrides)
    return Pledge(**fields)


def assert_within_limits(embed: discord.Embed) -> None:
    assert len(embed.title or "") <= render.TITLE_MAX
    assert len(embed.description or "") <= render.DESCRIPTION_MAX
    assert len(embed.fields) <= 25
    for field in embed.fields:
        assert 0 < len(field.name) <= render.FIELD_NAME_MAX
        assert 0 < len(field.value) <= render.FIELD_VALUE_MAX
    assert len(embed.footer.text or "") <= render.FOOTER_MAX
    assert len(embed) <= render.EMBED_TOTAL_MAX


def test_maximal_pledge_card_fits():
    events = [
        Event(
            pledge_id=1,
            at=NOW,
            actor_id=1,
            kind="ruled",
            from_value="open",
            to_value="broken",
            note="n" * 1000,
            evidence_url="https://e.com/" + "x" * 480,
        )
        for _ in range(200)
    ]
    for status in Status:
        pledge = big_pledge(status=status)
        embed = render.pledge_embed(
            pledge, NOW, history=events, settings=GuildSettings(1), full_history=True
        )
        assert_within_limits(embed)
        assert embed.title.endswith("…")


def test_overdue_is_red_and_vague_is_approximate():
    embed = render.pledge_embed(big_pledge(promise="short"), NOW)
    assert embed.colour == render.COLOURS["overdue"]
    due = next(f.value for f in embed.fields if f.name == "Due")
    assert "Overdue" in due and "approximately" in due
    assert "<t:" in due  # a Discord timestamp, never a formatted local time


def test_alerts_paused_is_said_when_no_channel():
    embed = render.pledge_embed(big_pledge(), NOW, settings=GuildSettings(1))
    assert "Alerts are paused" in embed.footer.text
    embed = render.pledge_embed(big_pledge(), NOW, settings=GuildSettings(1, alert_channel_id=5))
    assert "paused" not in embed.footer.text


def test_full_list_page_fits():
    items = [big_pledge(n) for n in range(1, 11)]
    page = Page(items=items, total=1000, offset=0, limit=10)
    embed = render.list_embed(
        page, ListFilter.ALL, NOW, speaker="x" * 100, query="y" * 100, settings=GuildSettings(1)
    )
    assert_within_limits(embed)
    assert "Page 1 of 100" in embed.footer.text


def test_empty_list_says_how_to_add():
    embed = render.list_embed(Page([], 0, 0, 10), ListFilter.OPEN, NOW)
    assert "/pledge add" in embed.description


def test_an_empty_filtered_list_advises_only_the_filters_given():
    """status:all with a speaker that matches nothing was told "status:all lists every
    pledge", the filter it had already given; a status alone, of a shorter speaker."""
    empty = Page([], 0, 0, 10)
    by_speaker = render.list_embed(empty, ListFilter.ALL, NOW, speaker="Nobody")
    assert "status:all" not in by_speaker.description
    assert "shorter speaker" in by_speaker.description
    by_status = render.list_embed(empty, ListFilter.BROKEN, NOW)
    assert "status:all" in by_status.description
    assert "speaker" not in by_status.description


def test_autocomplete_name_fits():
    assert len(render.autocomplete_name(big_pledge(9_999_999))) <= 100


# -- newline-heavy and maximal input, for every builder --------------------------------
# Members may type newlines into quotes, notes and reasons, and the extractor copies
# sentences as they stand. A newline costs one character but becomes "\n> " in a quote.

BLANK_LINES = "a" + "\n" * 998 + "a"  # 1000 characters, as the service accepts
SHORT_LINES = "a\n" * 499 + "a"  # 999 characters, 500 lines


def newline_pledge(number: int = 1, **overrides) -> Pledge:
    fields = dict(
        speaker="S\n" * 49 + "S",
        promise="P\n" * 249,
        beneficiary="B\n" * 50,
        quote=SHORT_LINES,
        status_note="N\n" * 500,
        deadline_text="D\n" * 100,
    )
    fields.update(overrides)
    return big_pledge(number, **fields)


def maximal_events(count: int, **overrides) -> list[Event]:
    fields = dict(
        pledge_id=1,
        at=NOW,
        actor_id=123456789012345678,
        kind="extended",
        from_value="F" * 200,
        to_value="T" * 200,
        note="r\n" * 500,
        evidence_url="https://e.com/" + "x" * 480,
    )
    fields.update(overrides)
    return [Event(**fields) for _ in range(count)]


def assert_message_within_limits(message: render.AlertMessage) -> None:
    assert len(message.content or "") <= render.CONTENT_MAX
    assert len(message.embeds) <= 10
    assert sum(len(embed) for embed in message.embeds) <= render.EMBED_TOTAL_MAX
    for embed in message.embeds:
        assert_within_limits(embed)
    if message.view is not None:
        assert len(message.view.children) <= 25
        rows: dict[int, int] = {}
        for item in message.view.children:
            rows[item._rendered_row or 0] = rows.get(item._rendered_row or 0, 0) + 1
        assert all(count <= 5 for count in rows.values()) and len(rows) <= 5
    assert all(0 < len(custom_id) <= 100 for custom_id in message.custom_ids)


def test_quote_is_cut_after_quoting():
    for quote in (BLANK_LINES, SHORT_LINES, "\n\n\nx\n\n\n", "y" * 1000):
        quoted = markdown.blockquote(quote)
        assert len(quoted) <= markdown.QUOTE_MAX
        assert all(line.startswith(">") for line in quoted.split("\n"))
    # Runs of blank lines read as one.
    assert markdown.blockquote(BLANK_LINES) == "> a\n> \n> a"


def test_newline_heavy_quote_keeps_the_card_within_limits():
    """A 1000-character quote of newlines grew to ~3000 when quoted after cutting."""
    for quote in (BLANK_LINES, SHORT_LINES):
        pledge = big_pledge(quote=quote, status=Status.BROKEN)
        embed = render.pledge_embed(
            pledge, NOW, history=maximal_events(5), settings=GuildSettings(1)
        )
        assert_within_limits(embed)
        assert len(embed.description) <= 100 + 2 + len(" pledged to ") + 100 + 1 + 1000 + 4


def test_maximal_newline_heavy_card_fits_with_any_history():
    for status in Status:
        for count in (0, 1, 5, 6, 30, 300):
            for full in (False, True):
                embed = render.pledge_embed(
                    newline_pledge(status=status),
                    NOW,
                    history=maximal_events(count),
                    settings=GuildSettings(1),
                    full_history=full,
                )
                assert_within_limits(embed)
                if count:  # the newest event is always on the card
                    assert embed.fields[-1].name.startswith("History")


def test_full_history_spreads_over_several_fields():
    """/pledge show promises the full history: one 1024-character field held only a
    few events of a long-lived pledge."""
    events = [
        Event(
            pledge_id=1, at=NOW, actor_id=1, kind="extended", from_value=f"{i}", to_value=f"{i + 1}"
        )
        for i in range(40)
    ]
    embed = render.pledge_embed(big_pledge(quote="short"), NOW, history=events, full_history=True)
    assert_within_limits(embed)
    history = [f for f in embed.fields if f.name.startswith("History")]
    assert len(history) >= 2
    assert history[0].name == "History"
    assert all(f.name == "History (cont.)" for f in history[1:])
    text = "\n".join(f.value for f in history)
    assert text.count("extended the deadline") == 40
    assert text.index(": 0 → 1") < text.index(": 39 → 40")  # oldest first, newest last


def test_full_history_says_how_much_was_dropped_and_keeps_the_newest():
    events = maximal_events(199) + maximal_events(1, note="the newest reason")
    embed = render.pledge_embed(
        newline_pledge(), NOW, history=events, settings=GuildSettings(1), full_history=True
    )
    assert_within_limits(embed)
    history = [f for f in embed.fields if f.name.startswith("History")]
    shown = sum(f.value.count("extended the deadline") for f in history)
    assert 1 <= shown < 200
    assert history[0].name == f"History (last {shown} of 200)"
    assert "the newest reason" in history[-1].value


def test_card_history_shows_the_last_five_and_says_so():
    events = [
        Event(pledge_id=1, at=NOW, actor_id=1, kind="edited", field=f"field{i}") for i in range(12)
    ]
    embed = render.pledge_embed(big_pledge(quote="short"), NOW, history=events)
    history = [f for f in embed.fields if f.name.startswith("History")]
    assert [f.name for f in history] == ["History (last 5 of 12)"]
    assert "field11" in history[0].value and "field6" not in history[0].value


def test_newline_heavy_list_lines_stay_one_line_each():
    items = [newline_pledge(n) for n in range(1, 11)]
    page = Page(items=items, total=10_000_000, offset=0, limit=10)
    embed = render.list_embed(
        page, ListFilter.ALL, NOW, speaker="x\n" * 50, query="y\n" * 50, settings=GuildSettings(1)
    )
    assert_within_limits(embed)
    assert len(embed.description.split("\n")) == 10
    name = render.autocomplete_name(newline_pledge(9_999_999))
    assert len(name) <= 100 and "\n" not in name


def test_alerts_with_maximal_input_fit():
    for pledge in (big_pledge(status=Status.OPEN), newline_pledge(status=Status.OPEN)):
        for kind in ("heads_up", "due", "follow_up", "review"):
            message = render.alert_message(
                kind, pledge, NOW, alert_due=NOW - timedelta(days=3), late=True
            )
            assert_message_within_limits(message)
        payload = {
            "number": 9_999_999,
            "dependent": 9_999_998,
            "actor_id": 123456789012345678,
            "from": "open",
            "to": "broken",
            "note": "N\n" * 1000,
            "evidence_url": "https://example.com/" + "e" * 2000,
        }
        assert_message_within_limits(render.status_message(payload, pledge, NOW))
        assert_message_within_limits(render.dependency_message(payload, pledge, NOW))
        assert_message_within_limits(render.ruled_alert(pledge, NOW, actor_id=1))
        broken = newline_pledge(status=Status.BROKEN)
        assert_message_within_limits(render.ruled_alert(broken, NOW, actor_id=1))
        assert_message_within_limits(render.extended_alert(pledge, NOW, actor_id=1))
    modal = ExtendForm(99_999_999_999_999_999_999, 9_999_999_999)
    assert len(modal.title) <= 45 and len(modal.custom_id) <= 100


def test_digests_with_maximal_input_fit_and_cover_every_item():
    payload = {"number": 9_999_999, "actor_id": 1, "from": "open", "to": "broken"}
    items = []
    for i in range(300):
        kind = ("heads_up", "due", "follow_up", "review", "status", "dependency")[i % 6]
        items.append(
            render.DigestItem(
                kind=kind,
                number=9_999_999,
                promise="P\n" * 250,
                due_at=NOW if i % 2 else None,
                late=bool(i % 3),
                payload=payload,
                jump_url=render.jump_url(2**63, 2**63, 2**63) if i % 4 else None,
            )
        )
    messages = render.digest_messages(items)
    assert sum(count for _, count in messages) == len(items)
    for message, _ in messages:
        assert_message_within_limits(message)


def test_settings_with_maximal_input_fit():
    settings = GuildSettings(
        1,
        alert_channel_id=2**63,
        editor_role_id=2**63,
        timezone="America/Argentina/ComodRivadavia",
        heads_up_minutes=10**9 + 7,
        follow_up_days=tuple(range(1, 3651)),
        repeat_days=3650,
        review_days=3650,
    )
    failure = render.alert_failure_text(2**63, "R\n" * 1000, NOW)
    assert_within_limits(render_settings.settings_embed(settings, failure))
    assert_within_limits(render_settings.settings_embed(GuildSettings(1)))


def test_candidates_with_maximal_input_fit():
    from bot.core.deadlines import Deadline
    from bot.core.extract import Candidate

    deadline = Deadline(due=NOW, vague=True, earliest=None, matched="m\n" * 100, precision="day")
    candidates = [
        Candidate(
            speaker="S\n" * 100,
            promise="P\n" * 1000,
            quote="Q\n" * 2000,
            deadline=deadline if i % 2 else None,
            deadline_text="m\n" * 100,
            confidence=0.99,
        )
        for i in range(9)
    ] + [Candidate(None, "p", "q", None, None, 0.5)]
    embed = render.candidates_embed(candidates, 10_000, NOW)
    assert_within_limits(embed)
    # Each Add button has its line: none is dropped for want of room.
    for index in range(1, 11):
        assert f"**{index}.**" in embed.description
    assert "**10.** *speaker unknown*: p" in embed.description
    assert "Showing 1–10 of 10000: Next and Previous turn the pages" in embed.footer.text


def test_a_history_event_is_one_line_whatever_its_note():
    [event] = maximal_events(1, note="first line\nsecond line\n\n\nthird")
    line = render.history_line(event)
    assert "\n" not in line and "first line second line third" in line


def test_read_as_names_the_words_the_reason_and_earliest_only_starts():
    """Issue 12: what the deadline words were understood as, for add and extend replies."""
    from datetime import UTC, datetime

    from bot.core.deadlines import interpret_deadline

    said = datetime(2025, 8, 18, 10, tzinfo=UTC)
    one = interpret_deadline("within two weeks", said)
    assert render.read_as(one) == "read as: “within two weeks”"
    several = interpret_deadline("It will now open on 2 October, not on 15 September.", said)
    line = render.read_as(several)
    assert line.startswith("read as: “on 2 October” (chosen over “on 15 September”")
    start = int(datetime(2026, 6, 1, tzinfo=UTC).timestamp())
    earliest = render.read_as(interpret_deadline("not before June", said))
    assert earliest == f"read as: not before <t:{start}:D> (“not before June”), so no deadline"
    assert render.read_as(None) == ""
    confirmation = render.extend_confirmation(big_pledge(), line)
    assert confirmation.endswith(line) and len(confirmation) <= 2000


def test_the_texts_of_a_deleted_pledges_alerts_live_with_the_other_alert_texts():
    """The notice of a click on a deleted pledge's alert was written in the button's
    module (bot/chat/ui/ruling.py), apart from every other text members read."""
    notice = render.deleted_pledge_notice(12)
    assert notice.startswith("Pledge #12 was deleted since this alert was posted")
    assert "/pledge list" in notice and len(notice) <= 2000
    edited = render.deleted_alert(12, actor_id=7)
    assert edited.view is None and edited.embeds == [] and edited.mentions == ()
    assert edited.content == (
        "🗑️ Pledge #12 was deleted by <@7>: there is nothing left to rule on or extend."
    )


def test_inline_code_shows_text_exactly_whatever_backticks_it_holds():
    assert markdown.inline_code("a_b *c*") == "`a_b *c*`"
    assert markdown.inline_code("x`y") == "``x`y``"
    assert markdown.inline_code("`x``") == "``` `x`` ```"
    assert markdown.inline_code("two\nlines\u202e") == "`two lines`"
