"""Desktops on a team database: the window opens on the shared store with no API key, refuses what only the
team's sync worker may do (saying why), and says in its status bar which database it is on and whether a worker
runs. With a worker (``sync --watch --database``) on the sandbox, a guest message it syncs shows in two windows
at once, and a reply typed in one is queued, sent by the worker and shown as sent in both."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from colivingdesk.domain import Channel, OutboxState
from colivingdesk.profile import Profile
from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.secrets import SecretStore
from colivingdesk.store import Store, open_postgres_store
from colivingdesk.sync import ChangeStream, Service
from colivingdesk.sync.team_desktop import DesktopService
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.main_window import MainWindow
from tests.sync_worker import Worker

LABEL = "postgres@team-test/desk"


@pytest.fixture
def make_desktop(
    qtbot: Any, aio: Any, tmp_path: Path, postgres_url: str,
) -> Iterator[Callable[[str], MainWindow]]:
    """Builds a window on the team database as ``colivingdesk --database`` does: its own connections, an
    empty keyring, the Service built after the window and started (listening)."""
    made: list[tuple[MainWindow, AppContext, list[Store]]] = []

    def make(name: str) -> MainWindow:
        stores = [open_postgres_store(postgres_url), open_postgres_store(postgres_url, read_only=True)]
        secrets = SecretStore(session_only=True, environ={})  # nothing in it: a desktop needs no key

        def build(changes: ChangeStream) -> Service:
            return DesktopService(stores[0], secrets, url=postgres_url, label=LABEL, changes=changes)

        ctx = AppContext(
            profile=Profile(tmp_path / name).ensure(), store=stores[0], reader=stores[1], secrets=secrets,
            build_service=build, team_label=LABEL,
            open_reader=lambda: open_postgres_store(postgres_url, read_only=True),
        )
        window = MainWindow(ctx, show_welcome=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window, timeout=5000)
        aio.run(ctx.service.start())
        made.append((window, ctx, stores))
        return window

    yield make
    for window, _ctx, _stores in made:
        with contextlib.suppress(RuntimeError):
            window.close()
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for _window, ctx, stores in made:
        aio.run(ctx.service.aclose(), timeout=60_000)  # on a loaded machine too; stuck: every stack is printed
        for store in stores:
            store.close()


def test_the_command_line_opens_the_window_on_the_team_database(monkeypatch: pytest.MonkeyPatch) -> None:
    from colivingdesk.cli import main

    opened: list[Any] = []
    monkeypatch.setattr("colivingdesk.ui.team_app.run_team_app", lambda profile, secrets, setting, **_: opened.append(
        setting) or 0)
    monkeypatch.delenv("COLIVINGDESK_DATABASE", raising=False)
    assert main(["--database", "postgresql://ana@db.example/desk"]) == 0
    monkeypatch.setenv("COLIVINGDESK_DATABASE", "postgresql://ben@db.example/desk")
    assert main([]) == 0
    assert [setting[0].label for setting in opened] == ["ana@db.example:5432/desk", "ben@db.example:5432/desk"]


def test_without_a_worker_the_window_says_so_and_refuses_what_only_the_worker_does(
    make_desktop: Callable[[str], MainWindow], qtbot: Any, aio: Any,
) -> None:
    window = make_desktop("ana")
    team = window.team_status
    assert team is not None
    qtbot.waitUntil(lambda: "no sync worker is running: replies stay queued" in team.text(), timeout=10_000)
    assert LABEL in team.text()
    # No channel is asked to reconnect and no key is asked for: the accounts are the worker's.
    assert window.reconnect.isHidden()
    settings = window.settings
    assert settings.objectName() == "teamSettings"
    assert "API keys are not entered here" in settings.keys.text()
    assert LABEL in settings.where.text()

    # Sync now is refused with the reason, not run and not silently dropped.
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)
    assert "team's sync worker" in window.banner.text.text()
    assert window.banner.title.text() == "Done by the team's sync worker"
    assert "Syncing" not in window.statusBar().currentMessage()
    service = window.ctx.service
    with pytest.raises(Exception, match="team's sync worker talks to the channels"):
        aio.run(service.verify(Channel.BMC, None, "key"))  # type: ignore[arg-type]
    with pytest.raises(Exception, match="team's sync worker talks to the channels"):
        aio.run(service.send_test_webhook())


def test_a_reply_written_without_a_worker_is_queued_in_the_shared_outbox(
    make_desktop: Callable[[str], MainWindow], aio: Any, postgres_url: str,
) -> None:
    window = make_desktop("ana")
    item = aio.run(window.ctx.service.queue_reply(Channel.COLIVING, "b_1", "See you on Monday"))
    with open_postgres_store(postgres_url) as store:
        queued = store.get_outbox_item(item.id)
    assert queued is not None and queued.state is OutboxState.QUEUED
    # Quitting does not ask about it: the team's worker sends it whether this window runs or not.
    window.quit_action.trigger()
    assert not window.isVisible()


def test_a_colleagues_reply_shows_at_once_and_a_lost_listening_connection_is_said_and_then_caught_up(
    make_desktop: Callable[[str], MainWindow], qtbot: Any, aio: Any, postgres_url: str,
) -> None:
    import psycopg

    from tests.unit.store.builders import message, thread

    with open_postgres_store(postgres_url) as store:
        store.upsert_threads([thread("usr_1", participant_name="Ana Guest")])
        store.upsert_messages([message("usr_1", "m1", 0, "Is there a washing machine?")])
    ana, ben = make_desktop("ana"), make_desktop("ben")
    assert ana.inbox.open_thread("bmc:usr_1") and ben.inbox.open_thread("bmc:usr_1")

    # Ben's reply is queued in the shared outbox: Ana's window shows it waiting, without any sync.
    aio.run(ben.ctx.service.queue_reply(Channel.BMC, "usr_1", "Yes, in the basement.", property_id="p1"))
    qtbot.waitUntil(lambda: any(i.text == "Yes, in the basement." and i.state is OutboxState.QUEUED
                                for i in ana.inbox.conversation.items()), timeout=10_000)
    conversation = ana.inbox.conversation
    row = next(r for r, i in enumerate(conversation.items()) if i.text == "Yes, in the basement.")
    assert conversation.state_text(row) == "Queued: no sync worker is running"  # not "Sending...": none runs

    # A thread written without a notification (as while a connection is down) is not shown yet...
    with open_postgres_store(postgres_url) as store:
        store.upsert_threads([thread("usr_2", minutes=5, participant_name="Ben Guest", last_message="Hello?")])
    assert _thread_of(ana, "bmc:usr_2") is None
    # ...until the server ends the listening sessions: the window says so, reconnects and re-reads everything.
    team = ana.team_status
    assert team is not None
    said: list[str] = []
    reread: list[bool] = []
    ana.ctx.changes.subscribe(lambda changes: (said.append(team.text()), reread.append(changes.whole("threads"))))
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        listening = [row[0] for row in conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'"
        )]
        assert len(listening) == 2  # one per window
        conn.execute("SELECT pg_terminate_backend(%s)", (listening[0],))
        conn.execute("SELECT pg_terminate_backend(%s)", (listening[1],))
    qtbot.waitUntil(lambda: any(reread), timeout=15_000)
    assert any("cannot be reached" in text for text in said)
    qtbot.waitUntil(lambda: _thread_of(ana, "bmc:usr_2") is not None, timeout=5000)
    assert "cannot be reached" not in team.text()

    # Quick search reads the team database too (not this computer's own cache, which is empty).
    popup = ana.search_popup
    popup.popup()
    popup.input.setText("washing")
    popup.run_search()
    qtbot.waitUntil(lambda: not popup.searching(), timeout=5000)
    assert [hit.id for hit in popup.model.hits()] == ["usr_1"]
    popup.hide()


def test_a_channel_the_worker_cannot_reach_is_said_as_the_workers_and_not_this_computers(
    make_desktop: Callable[[str], MainWindow], qtbot: Any, aio: Any, postgres_url: str,
) -> None:
    from datetime import UTC, datetime

    from colivingdesk.store.worker_status import WorkerReport
    from colivingdesk.ui.accessibility import announcements
    from tests.unit.store.builders import message, thread

    # A worker on another computer holds the lock and reports BookMyColiving offline, with its reason.
    worker_store = open_postgres_store(postgres_url)
    try:
        assert worker_store.worker_lock.try_take("bench-7", 4242, datetime.now(UTC))
        worker_store.save_worker_report(WorkerReport(
            channel="bmc", host="bench-7", pid=4242, state="offline", updated_at=datetime.now(UTC),
            message="Could not reach BookMyColiving: connection refused",
        ))
        worker_store.upsert_threads([thread("usr_1", participant_name="Ana Guest")])
        worker_store.upsert_messages([message("usr_1", "m1", 0, "Is there a washing machine?")])
        said: list[str] = []
        announcements.said.connect(lambda text, _assertive: said.append(text))
        window = make_desktop("ana")
        banner = window.offline_banner
        qtbot.waitUntil(lambda: banner.isVisible(), timeout=10_000)
        # Whose problem it is (the worker's, on its computer), its reason, that this computer is fine, and
        # what becomes of replies: not the solo words, which would send the user to check their own network.
        assert banner.title.text() == "The team's sync worker on bench-7 cannot reach BookMyColiving"
        text = banner.text.text()
        assert "The sync worker says: Could not reach BookMyColiving: connection refused. " in text
        assert "This computer is fine" in text
        assert "stay queued until the worker reaches BookMyColiving again" in text
        assert "check the internet connection" not in text
        # A screen reader hears the same truth.
        assert "The team's sync worker cannot reach BookMyColiving; this computer is fine" in " ".join(said)
        assert not any("BookMyColiving is offline" in s for s in said)
        # The status bar's chip says it as the worker's too.
        assert window.account_status.chips[Channel.BMC].text() == "BookMyColiving: the sync worker cannot reach it"

        # A reply written now says the same under its bubble.
        assert window.inbox.open_thread("bmc:usr_1")
        aio.run(window.ctx.service.queue_reply(Channel.BMC, "usr_1", "Yes, in the basement.", property_id="p1"))
        conversation = window.inbox.conversation
        qtbot.waitUntil(lambda: any(i.text == "Yes, in the basement." for i in conversation.items()), timeout=10_000)
        row = next(r for r, i in enumerate(conversation.items()) if i.text == "Yes, in the basement.")
        assert conversation.state_text(row) == "Queued until the team's sync worker reaches BookMyColiving"
    finally:
        worker_store.close()


# ---------------------------------------------------------------------- with a worker on the sandbox
@pytest.fixture
def sandbox_config() -> SandboxConfig:
    return SandboxConfig(limits_enabled=False, demo_ticker_seconds=None)


@pytest.fixture
def worker(sandbox: SandboxServer, sandbox_config: SandboxConfig, tmp_path: Path, postgres_url: str,
           qtbot: Any) -> Iterator[Worker]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COLIVINGDESK_")}
    env.update({
        "COLIVINGDESK_PROFILE": str(Profile(tmp_path / "worker").ensure().root),
        "COLIVINGDESK_DATABASE": postgres_url,
        "COLIVINGDESK_BMC_BASE_URL": sandbox.bmc_base_url,
        "COLIVINGDESK_BMC_API_KEY": sandbox_config.bmc_key,
        "COLIVINGDESK_BMC_WEBHOOK_SECRET": sandbox_config.webhook_secret,
        "COLIVINGDESK_COLIVING_BASE_URL": sandbox.coliving_base_url,
        "COLIVINGDESK_COLIVING_API_KEY": sandbox_config.coliving_key,
        "COLIVINGDESK_COLIVING_REQUESTS_PER_MINUTE": "6000",
    })
    running = Worker(env, "--json", "--webhook-port", "0")
    try:
        qtbot.waitUntil(lambda: running.synced("bmc") or running.proc.poll() is not None, timeout=90_000)
        assert running.proc.poll() is None, "\n".join(running.lines)
        url = running.webhook_url()
        assert url is not None
        sandbox.sandbox.admin.webhooks.url = url  # the sandbox delivers BookMyColiving's webhooks to the worker
        yield running
    finally:
        running.stop()


def _thread_of(window: MainWindow, key: str) -> Any:
    threads = window.inbox.threads
    row = threads.row_of(key)
    return None if row is None or row < 0 else threads.record(row)


def test_a_guest_message_and_a_reply_reach_both_desktops_through_the_worker(
    worker: Worker, sandbox: SandboxServer, make_desktop: Callable[[str], MainWindow], qtbot: Any,
) -> None:
    ana, ben = make_desktop("ana"), make_desktop("ben")
    for window in (ana, ben):
        qtbot.waitUntil(lambda w=window: "sync worker on " in w.team_status.text(), timeout=10_000)

    thread = sandbox.state.threads[("op_0001", "usr_0001")]
    key = f"bmc:{thread.thread_id}"
    question = "Is the room with the balcony still free in March?"
    sandbox.state.tenant_message("op_0001", thread.thread_id, question, thread.property_id)
    for window in (ana, ben):  # synced by the worker (woken by the webhook), then notified to each desktop
        qtbot.waitUntil(lambda w=window: (t := _thread_of(w, key)) is not None and t.last_message == question,
                        timeout=15_000)

    inbox = ana.inbox
    assert inbox.open_thread(key)
    qtbot.waitUntil(lambda: inbox.current_key == key and inbox.conversation.rowCount() > 0, timeout=5000)
    answer = "Yes, it is free from the 1st of March. Shall I book a viewing?"
    inbox.composer.editor.setPlainText(answer)
    qtbot.mouseClick(inbox.composer.send_button, Qt.MouseButton.LeftButton)
    assert ben.inbox.open_thread(key)

    def shown_sent(window: MainWindow) -> bool:
        mine = [i for i in window.inbox.conversation.items() if i.text == answer]
        return bool(mine) and all(i.state is None and i.own for i in mine)

    for window in (ana, ben):
        qtbot.waitUntil(lambda w=window: shown_sent(w), timeout=20_000)
    assert [m.content for m in thread.messages].count(answer) == 1
    assert worker.proc.poll() is None

