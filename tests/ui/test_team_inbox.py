"""Two people's inboxes on one store, as two desktops of a team see it: each reads for themselves, sees who
is writing to a guest and who a conversation is assigned to, and who sent each reply.

Both windows share the Service's change stream, which is how a change reaches the other desktop (on a team's
database the stream carries other processes' changes too). The store acts as a team's (``Store.shared``), so
read state and drafts are per person, as on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from colivingdesk.domain import Channel, Message, Thread
from colivingdesk.people import PERSON_VARIABLE, save_name
from colivingdesk.profile import Profile
from colivingdesk.secrets import SecretStore
from colivingdesk.store import Store, ThreadFilter, open_store
from colivingdesk.store.people import PRESENCE_TTL
from colivingdesk.sync import Service
from colivingdesk.sync.clock import FakeClock

KEY = "bmc:u1"


@pytest.fixture
def team(
    tmp_path: Path, aio: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Any, Any, Service, FakeClock]]:
    """Ana's and Ben's inboxes over one store with one guest conversation (two unread messages); both have set
    their name, so the store knows them."""
    from colivingdesk.ui.context import AppContext
    from colivingdesk.ui.views.inbox_view import InboxView

    monkeypatch.delenv(PERSON_VARIABLE, raising=False)
    monkeypatch.setattr(Store, "shared", property(lambda _self: True))
    path = tmp_path / "team" / "cache.sqlite3"
    store = open_store(path)
    store.upsert_threads([Thread(channel=Channel.BMC, external_id="u1", participant_name="Maria",
                                 property_id="p1")])
    clock = FakeClock()
    store.upsert_messages([
        Message(channel=Channel.BMC, thread_external_id="u1", external_id=f"m{i}", sender="guest",
                sender_name="Maria", text=text, created_at=clock.now() - timedelta(minutes=10 - i))
        for i, text in ((1, "Hi!"), (2, "Is the room still free in May?"))
    ])
    service = Service(store, SecretStore(session_only=True, environ={}), {}, clock=clock, poll_interval=3600.0)
    readers: list[Store] = []
    views: list[Any] = []

    def inbox(name: str) -> Any:
        profile = Profile(tmp_path / name).ensure()
        save_name(profile, name)
        reader = open_store(path, read_only=True)
        readers.append(reader)
        ctx = AppContext(profile=profile, store=store, reader=reader, service=service,
                         secrets=SecretStore(session_only=True, environ={}))
        view = InboxView(ctx)
        aio.run(service.note_person(view.team.seat.person))  # as saving "Your name" in Settings does
        qtbot.addWidget(view)
        view.show()
        views.append(view)
        return view

    ana, ben = inbox("Ana"), inbox("Ben")
    aio.settle()
    try:
        yield ana, ben, service, clock, inbox
    finally:
        for view in views:
            view.close()
            view.deleteLater()
        aio.run(service.aclose(), timeout=10_000)
        for reader in readers:
            reader.close()
        store.close()


def _row(view: Any, key: str = KEY) -> Thread:
    row = view.threads.row_of(key)
    assert row >= 0
    record: Thread = view.threads.record(row)
    return record


def test_one_persons_reading_leaves_the_others_unread(team: Any, qtbot: Any, aio: Any) -> None:
    ana, ben, _service, _clock, _inbox = team
    assert _row(ana).unread_count == _row(ben).unread_count == 2
    assert ana.open_thread(KEY)
    qtbot.waitUntil(lambda: _row(ana).unread_count == 0, timeout=10_000)
    aio.settle()
    assert _row(ben).unread_count == 2
    ben.filters.select_show("unread")
    qtbot.waitUntil(lambda: ben.threads.filter.unread_only, timeout=10_000)
    assert ben.threads.row_of(KEY) >= 0
    assert ben.ctx.reader.attention_counts(ben.team.reader).unread_threads == 1
    assert ana.ctx.reader.attention_counts(ana.team.reader).unread_threads == 0


def test_who_is_writing_shows_in_the_others_window_until_sent_or_expired(
    team: Any, qtbot: Any, aio: Any
) -> None:
    ana, ben, service, clock, _inbox = team
    ana.open_thread(KEY)
    ben.open_thread(KEY)
    aio.settle()
    assert ben.team.banner.isHidden()

    ana.composer.editor.insertPlainText("Hello Maria, yes it is")
    qtbot.waitUntil(lambda: ben.team.banner.isVisible(), timeout=10_000)
    assert ben.team.banner_label.text() == "Ana is writing to this guest"
    assert ben.team.list_note(_row(ben)) == "✎ Ana"
    assert ana.team.banner.isHidden()  # one's own writing is no news

    # Nobody refreshed it for longer than it lasts: the next re-read drops it.
    clock.advance(PRESENCE_TTL.total_seconds() + 1)
    service.changes.emit({"presence": ["bmc:other"]})
    assert ben.team.banner.isHidden()

    # Typing again brings it back; sending takes it away.
    ana.composer.editor.insertPlainText(".")
    qtbot.waitUntil(lambda: ben.team.banner.isVisible(), timeout=10_000)
    ana.composer.send_button.click()
    qtbot.waitUntil(lambda: ben.team.banner.isHidden(), timeout=10_000)


def test_a_reply_queued_by_one_person_says_so_in_the_others_window(team: Any, qtbot: Any, aio: Any) -> None:
    ana, ben, _service, _clock, _inbox = team
    ana.open_thread(KEY)
    ben.open_thread(KEY)
    ana.composer.editor.setPlainText("See you in May!")
    ana.composer.send_button.click()

    def senders(view: Any) -> list[str]:
        return [i.sender_name for i in view.conversation.items() if i.own]

    qtbot.waitUntil(lambda: senders(ben) == ["Sent by Ana"], timeout=10_000)
    qtbot.waitUntil(lambda: senders(ana) == ["You"], timeout=10_000)
    [item] = ben.ctx.reader.list_outbox()
    assert item.author == ana.team.me


def test_assigning_shows_in_both_windows_and_filters_assigned_to_me(team: Any, qtbot: Any, aio: Any) -> None:
    ana, ben, _service, _clock, _inbox = team
    ben.ctx.store.upsert_threads([Thread(channel=Channel.BMC, external_id="u2", participant_name="Jonas")])
    ben.open_thread(KEY)
    ana.open_thread(KEY)
    aio.settle()
    assert ben.team.assign_button.isVisible()  # two people know the store: a team

    ben.marks.show_menu(ben.thread_list.visualRect(ben.threads.index(ben.threads.row_of(KEY), 0)).center())
    assign_to = next(a for a in ben.marks.thread_menu.actions() if a.text() == "Assign to")
    [to_ana] = [a for a in assign_to.menu().actions() if a.text() == "Ana"]
    to_ana.trigger()
    qtbot.waitUntil(lambda: ben.team.assign_button.text() == "Assigned to Ana", timeout=10_000)
    qtbot.waitUntil(lambda: ana.team.assign_button.text() == "Assigned to you", timeout=10_000)
    assert ben.team.list_note(_row(ben)) == "→ Ana"

    ana.filters.select_show("mine")
    qtbot.waitUntil(lambda: ana.threads.filter.assigned_to == ana.team.me, timeout=10_000)
    assert [ana.threads.record(r).key for r in range(ana.threads.rowCount())] == [KEY]
    ben.filters.select_show("mine")
    qtbot.waitUntil(lambda: ben.threads.rowCount() == 0, timeout=10_000)

    ben.team.assign(KEY, None)
    qtbot.waitUntil(lambda: ana.threads.rowCount() == 0, timeout=10_000)
    assert ana.ctx.reader.count_threads(ThreadFilter(assigned_to=ana.team.me)) == 0


def test_favourite_saved_replies_come_first_for_their_person_only(team: Any, qtbot: Any, aio: Any) -> None:
    from colivingdesk.store import SavedReply

    ana, ben, service, _clock, _inbox = team
    first = ana.ctx.store.save_saved_reply(SavedReply(title="Check-in", body="Check-in is from 3pm."))
    wifi = ana.ctx.store.save_saved_reply(SavedReply(title="Wifi", body="The code is on the fridge."))
    assert first.id is not None and wifi.id is not None
    aio.run(service.set_favourite(ana.team.me, wifi.id, True))
    ana.open_thread(KEY)
    ben.open_thread(KEY)

    def menu(view: Any) -> list[str]:
        button = view.composer.saved_replies
        button._fill_menu()
        return [a.text() for a in button.menu_.actions() if a.text()][:2]

    assert menu(ana) == ["★ Wifi", "Check-in"]
    assert menu(ben) == ["Check-in", "Wifi"]


def test_a_draft_follows_its_person_on_a_team_store(team: Any, qtbot: Any, aio: Any) -> None:
    ana, ben, _service, _clock, inbox = team
    ana.open_thread(KEY)
    ana.composer.editor.setPlainText("Dear Maria,")
    ana.composer.flush_draft()
    qtbot.waitUntil(lambda: ana.ctx.reader.people.draft(ana.team.me, KEY) == "Dear Maria,", timeout=10_000)
    assert ana.drafts.local.get(KEY) == "Dear Maria,"  # and kept on this computer too
    # Ana at another desktop (its own profile folder, no local draft) finds it; Ben does not.
    elsewhere = inbox("ana ")
    assert elsewhere.team.me == ana.team.me
    elsewhere.open_thread(KEY)
    assert elsewhere.composer.text() == "Dear Maria,"
    ben.open_thread(KEY)
    assert ben.composer.text() == ""




def test_renaming_oneself_in_settings_keeps_the_person_and_shows_the_new_name(team: Any, qtbot: Any, aio: Any) -> None:
    from colivingdesk.ui.widgets.team_box import TeamBoxWidget

    ana, ben, _service, _clock, _inbox = team
    key = ana.team.me
    ana.open_thread(KEY)
    ben.open_thread(KEY)
    ana.composer.editor.setPlainText("Welcome!")
    ana.composer.send_button.click()
    qtbot.waitUntil(lambda: [i.sender_name for i in ben.conversation.items() if i.own] == ["Sent by Ana"],
                    timeout=10_000)

    box = TeamBoxWidget(ana.ctx)
    qtbot.addWidget(box)
    assert box.name.text() == "Ana"
    box.name.setText("Ana Ribeiro")
    box.save_button.click()
    assert ana.team.me == key  # the same person: her reply, reads and assignments stay hers
    qtbot.waitUntil(lambda: [i.sender_name for i in ben.conversation.items() if i.own] == ["Sent by Ana Ribeiro"],
                    timeout=10_000)
    assert "Ana Ribeiro" in box.result.text()


def test_starring_a_saved_reply_in_the_manager_puts_it_first_for_that_person(team: Any, qtbot: Any, aio: Any) -> None:
    from colivingdesk.store import SavedReply

    ana, ben, _service, _clock, _inbox = team
    ana.ctx.store.save_saved_reply(SavedReply(title="Check-in", body="Check-in is from 3pm."))
    wifi = ana.ctx.store.save_saved_reply(SavedReply(title="Wifi", body="The code is on the fridge."))
    assert wifi.id is not None
    dialog = ana.open_saved_replies()
    qtbot.addWidget(dialog)
    assert dialog.select(wifi.id)
    assert not dialog.favourite_button.isChecked()
    dialog.favourite_button.click()
    qtbot.waitUntil(lambda: dialog.titles() == ["Check-in", "★ Wifi"], timeout=10_000)
    assert dialog.favourite_button.isChecked()
    assert ana.ctx.reader.people.favourite_replies(ana.team.me) == {wifi.id}
    assert ben.ctx.reader.people.favourite_replies(ben.team.me) == set()
    dialog.close()
