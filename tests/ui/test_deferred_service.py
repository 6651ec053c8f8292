"""The window paints from the cache before the Service exists, and nothing the user does early fails.

The app builds the Service (sync engine, HTTP clients, channel models) only after the window's first paint.
Until then the status bar may say sync is starting, but nothing about the accounts (no "offline", no "key
missing": no check has run), and an action that needs the Service builds it and goes through.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings
from PySide6.QtWidgets import QLabel

from colivingdesk.accounts import AccountSettings
from colivingdesk.domain import Channel
from colivingdesk.profile import Profile
from colivingdesk.secrets import SecretStore
from colivingdesk.store import Account, Store, open_store
from colivingdesk.sync import ChangeStream, Service
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.main_window import MainWindow


@dataclass
class Deferred:
    """A window whose context builds its Service on first use, as the app's does."""

    ctx: AppContext
    window: MainWindow
    built: list[Service] = field(default_factory=list)


@pytest.fixture
def make_deferred(
    qtbot: Any, aio: Any, profile: Profile, store: Store, demo_secrets: SecretStore,
    accounts: dict[Channel, AccountSettings],
) -> Iterator[Callable[..., Deferred]]:
    """Builds a window (not shown yet) over the profile as it is, with a context that has no Service yet."""
    made: list[Deferred] = []
    readers: list[Store] = []

    def make(**window_args: Any) -> Deferred:
        built: list[Service] = []

        def build(changes: ChangeStream) -> Service:
            service = Service(store, demo_secrets, accounts, poll_interval=3600.0, changes=changes)
            built.append(service)
            return service

        reader = open_store(profile.database, read_only=True)
        readers.append(reader)
        ctx = AppContext(profile=profile, store=store, reader=reader, secrets=demo_secrets, build_service=build)
        window = MainWindow(ctx, **({"show_welcome": False} | window_args))
        qtbot.addWidget(window)
        made.append(Deferred(ctx, window, built))
        return made[-1]

    yield make
    for deferred in made:
        with contextlib.suppress(RuntimeError):
            deferred.window.close()
            deferred.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for deferred in made:
        for service in deferred.built:
            aio.run(service.aclose(), timeout=10_000)
    for reader in readers:
        reader.close()


def test_the_first_paint_shows_cached_threads_before_the_service_exists(
    synced_service: Service, make_deferred: Callable[..., Deferred], qtbot: Any
) -> None:
    deferred = make_deferred()  # over the synced cache
    window, ctx = deferred.window, deferred.ctx
    seen: dict[str, Any] = {}

    def on_first_paint() -> None:  # runs inside the first paint, before anything queued after it
        seen["service built"] = ctx.has_service
        seen["threads"] = window.inbox.threads.rowCount()
        seen["message"] = window.statusBar().currentMessage()
        seen["chips"] = [c for c, chip in window.account_status.chips.items() if chip.isVisible()]
        seen["banners"] = [window.offline_banner.isVisible(), window.reconnect.isVisible()]

    window.firstPainted.connect(on_first_paint)
    with qtbot.waitSignal(window.firstPainted, timeout=5000):
        window.show()
    assert seen == {
        "service built": False, "threads": window.inbox.threads.rowCount(), "message": "Starting sync…",
        "chips": [], "banners": [False, False],
    }
    assert seen["threads"] > 0
    assert deferred.built == []

    # What the app does right after the first paint: build the Service and show what it knows.
    service = ctx.service
    window.refresh_status()
    assert deferred.built == [service]
    assert window.statusBar().currentMessage() == ""
    assert all(chip.isVisible() for chip in window.account_status.chips.values())


def test_opening_an_unread_thread_before_the_service_exists_still_marks_it_read(
    synced_service: Service, make_deferred: Callable[..., Deferred], qtbot: Any, aio: Any
) -> None:
    deferred = make_deferred()  # over the synced cache
    window, ctx = deferred.window, deferred.ctx
    inbox = window.inbox
    row = next(i for i in range(inbox.threads.rowCount()) if inbox.threads.record(i).unread_count > 0)
    key = inbox.threads.record(row).key
    assert not ctx.has_service

    inbox.thread_list.setCurrentIndex(inbox.threads.index(row, 0))  # before the window has even painted

    assert ctx.has_service and len(deferred.built) == 1  # built for the action, not failed
    window.show()
    qtbot.waitUntil(lambda: inbox.conversation.rowCount() > 0, timeout=5000)
    aio.settle()
    qtbot.waitUntil(lambda: inbox.threads.record(inbox.threads.row_of(key)).unread_count == 0, timeout=5000)
    assert len(deferred.built) == 1


def test_sync_now_before_the_service_exists_syncs(
    make_deferred: Callable[..., Deferred], qtbot: Any, aio: Any
) -> None:
    deferred = make_deferred()  # a fresh profile: nothing cached yet
    window, ctx = deferred.window, deferred.ctx
    assert not ctx.has_service and window.inbox.threads.rowCount() == 0

    window.sync_action.trigger()  # F5 before the first paint
    window.show()

    aio.settle(timeout=30_000)
    assert window.statusBar().currentMessage().startswith("Synced")
    assert len(deferred.built) == 1
    assert window.account_status.chips[Channel.BMC].isVisible()
    assert window.inbox.threads.rowCount() > 0


def test_without_the_service_the_saved_accounts_decide_between_inbox_and_welcome(
    make_deferred: Callable[..., Deferred], store: Store, sandbox: Any
) -> None:
    assert make_deferred(show_welcome=None).window.current_view_key() == "welcome"  # nothing saved yet

    store.save_account(Account(channel=Channel.BMC, label="BookMyColiving", base_url=sandbox.bmc_base_url))
    deferred = make_deferred(show_welcome=None)

    assert deferred.window.current_view_key() == "inbox"
    assert not deferred.ctx.has_service  # the choice did not build it


def test_settings_waits_for_the_service_instead_of_building_it_after_the_first_paint(
    make_deferred: Callable[..., Deferred], qtbot: Any, store: Store, sandbox: Any
) -> None:
    from colivingdesk.ui.views.settings_view import SettingsView

    # The account was saved with the webhook receiver on: the page restarts it without being opened.
    store.save_account(Account(
        channel=Channel.BMC, label="BookMyColiving", base_url=sandbox.bmc_base_url,
        settings={"webhook_receiver": True, "webhook_port": 0},
    ))
    deferred = make_deferred()
    window, ctx = deferred.window, deferred.ctx

    def settings_built() -> bool:
        return any(isinstance(window.stack.widget(i), SettingsView) for i in range(window.stack.count()))

    with qtbot.waitSignal(window.firstPainted, timeout=5000):
        window.show()
    QCoreApplication.processEvents()  # what the first paint queued has run
    assert not ctx.has_service and deferred.built == []
    assert not settings_built()

    ctx.service  # noqa: B018  (what the app does once the sync engine is loaded)
    qtbot.waitUntil(settings_built, timeout=5000)
    assert len(deferred.built) == 1
    qtbot.waitUntil(lambda: window.settings.receiver_port_in_use is not None, timeout=5000)  # type: ignore[attr-defined]


def test_without_a_receiver_to_restart_settings_is_built_when_first_opened(
    make_deferred: Callable[..., Deferred], qtbot: Any, store: Store, sandbox: Any
) -> None:
    from colivingdesk.ui.lazy_views import settings_at_start
    from colivingdesk.ui.views.settings_view import SettingsView

    store.save_account(Account(channel=Channel.BMC, label="BookMyColiving", base_url=sandbox.bmc_base_url))
    deferred = make_deferred()
    window, ctx = deferred.window, deferred.ctx
    assert not settings_at_start(ctx)  # nothing for the page to do at start: no 45 ms spent right after it
    with qtbot.waitSignal(window.firstPainted, timeout=5000):
        window.show()
    ctx.service  # noqa: B018
    window.show_view("settings")
    assert isinstance(window.stack.currentWidget(), SettingsView)
    assert window.current_view_key() == "settings"

    store.save_account(Account(
        channel=Channel.BMC, label="BookMyColiving", base_url=sandbox.bmc_base_url, id=store.list_accounts()[0].id,
        settings={"webhook_receiver": True},
    ))
    assert settings_at_start(ctx)  # the next start builds it with the Service, to restart the receiver


@contextlib.contextmanager
def loop_not_started(loop: asyncio.AbstractEventLoop) -> Iterator[None]:
    """As before the app starts its loop (the first frame): no loop runs, and the loop asyncio would hand a new
    task is one nothing ever runs."""
    idle = asyncio.new_event_loop()
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(idle)
    try:
        yield
    finally:
        asyncio.set_event_loop(loop)
        asyncio.events._set_running_loop(loop)
        idle.close()


def test_a_calendar_restored_at_start_says_it_is_loading_and_loads_once_the_service_runs(
    synced_service: Service, make_deferred: Callable[..., Deferred], qtbot: Any, aio: Any,
    qloop: asyncio.AbstractEventLoop,
) -> None:
    QSettings().setValue("window/lastView", "calendar")  # the window was closed on the calendar
    deferred = make_deferred()
    window, ctx = deferred.window, deferred.ctx
    assert window.current_view_key() == "calendar"
    calendar = window.calendar
    with loop_not_started(qloop):
        with qtbot.waitSignal(window.firstPainted, timeout=5000):
            window.show()
        QCoreApplication.processEvents()
    assert not ctx.has_service  # showing the calendar did not build it in the first frame
    note = calendar.findChild(QLabel, "calendarNote")
    assert note.isVisible() and note.text() == "Loading the calendar…"
    assert calendar.model.rowCount() == 0

    ctx.service  # noqa: B018  (what the app does once its loop runs)
    qtbot.waitUntil(lambda: calendar.loaded, timeout=10_000)
    aio.settle()
    assert calendar.model.rowCount() > 0
    assert not note.isVisible()
    assert calendar.problem_list.count() > 0
    today = date.today()
    assert calendar.jump.currentText() == f"{QLocale().standaloneMonthName(today.month)} {today.year}"
