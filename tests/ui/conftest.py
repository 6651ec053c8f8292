"""Fixtures for window tests: a qasync loop inside pytest-qt, a sandbox on an ephemeral port, a real Service.

How coroutines run under pytest-qt (the pattern every UI test follows)
----------------------------------------------------------------------
pytest-qt owns the ``QApplication`` and spins Qt's event loop only while ``qtbot.waitUntil``/``waitSignal``/
``wait`` run. The ``qloop`` fixture creates ``qasync.QEventLoop(qapp, already_running=True)``: asyncio then
treats the loop as running from the start, so a task created by an ``asyncSlot`` (or by ``aio.run``) advances
whenever Qt processes events, including inside qtbot's waits. Therefore:

* setup coroutines: ``aio.run(service.sync_once(), timeout=20_000)`` (``ensure_future`` plus
  ``qtbot.waitUntil(task.done)``); ``loop.run_until_complete`` cannot be used, the loop already counts as
  running;
* UI-driven async work: click or type, then ``qtbot.waitUntil(lambda: <visible state>, timeout=...)`` or
  ``qtbot.waitSignal(...)``; never call qtbot's waits from inside a coroutine;
* teardown must NOT call ``loop.stop()``: that calls ``QApplication.exit()``, which leaves Qt's ``quitNow``
  flag set and makes every later ``QEventLoop.exec()`` (all of qtbot's waits) return at once. The fixture
  marks the loop stopped by hand instead, cancels leftover tasks and closes it.

Any exception the loop's handler sees (an unretrieved task error) fails the test that produced it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import tempfile
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
import qasync
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from colivingdesk.accounts import AccountSettings
from colivingdesk.domain import Channel
from colivingdesk.profile import Profile
from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.secrets import SecretStore
from colivingdesk.store import Store, open_store
from colivingdesk.sync import Service
from tests.stuck import dump_stacks

T = TypeVar("T")

DEFAULT_TIMEOUT_MS = 15_000


class AsyncRunner:
    """Runs coroutines to completion on the qasync loop from a synchronous test body."""

    def __init__(self, qtbot: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._qtbot = qtbot
        self.loop = loop

    def run(self, coro: Coroutine[Any, Any, T], timeout: int = DEFAULT_TIMEOUT_MS) -> T:
        task = asyncio.ensure_future(coro, loop=self.loop)
        try:
            self._qtbot.waitUntil(task.done, timeout=timeout)
        except BaseException:
            if not task.done():  # what it is stuck on, before the cancellation unwinds it
                dump_stacks(self.loop)
            task.cancel()
            raise
        return task.result()

    def settle(self, timeout: int = DEFAULT_TIMEOUT_MS) -> None:
        """Wait until no async slot started by the UI is still running."""
        from colivingdesk.ui.asyncslots import running_tasks

        self._qtbot.waitUntil(lambda: running_tasks() == 0, timeout=timeout)


def _delete_loop_timer(loop: qasync.QEventLoop) -> None:
    """Destroy the closed loop's Qt timer object now, on the GUI thread, together with its pending timers.

    qasync schedules every ``call_later`` (a timeout or sleep still pending at teardown) as a Qt timer on one
    ``QObject`` and its ``close()`` only flags that object as stopped, so timers not yet due stay registered
    with the GUI thread's dispatcher. The closed loop sits in reference cycles, and Python's collector may free
    it later on whatever thread allocates, e.g. an executor thread of a sync test. ``~QObject`` on a foreign
    thread cannot unregister the timers ("Timers cannot be stopped from another thread"), so one fires into
    freed memory during a later test and the process segfaults. Deleted here, the timers are unregistered cleanly.
    The app never hits this: its one loop lives until the process exits.
    """
    timer = getattr(loop, "_timer", None)
    if isinstance(timer, QObject) and shiboken6.isValid(timer):
        shiboken6.delete(timer)


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop asyncio sees as running while pytest-qt drives Qt's event loop (see module docstring)."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    errors: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    try:
        yield loop
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            # Let cancelled tasks run their finally blocks on the still-"running" loop.
            deadline_ms = 2000
            from pytestqt.qtbot import QtBot

            with contextlib.suppress(Exception):
                QtBot(qapp).waitUntil(lambda: all(t.done() for t in pending), timeout=deadline_ms)
        asyncio.events._set_running_loop(None)
        loop._QEventLoop__is_running = False  # type: ignore[attr-defined]  # see docstring: no stop()
        loop.close()
        _delete_loop_timer(loop)
        asyncio.set_event_loop(None)
    real = [e for e in errors if not isinstance(e.get("exception"), asyncio.CancelledError)]
    if real:
        first = real[0]
        message = f"the event loop logged an unhandled error: {first.get('message')}"
        raise AssertionError(message) from first.get("exception")


@pytest.fixture
def aio(qtbot: Any, qloop: asyncio.AbstractEventLoop) -> AsyncRunner:
    return AsyncRunner(qtbot, qloop)


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """QSettings in a temp folder with the app's org/name, so tests never touch the user's real settings."""
    folder = tmp_path_factory.mktemp("qsettings")
    QCoreApplication.setOrganizationName("colivingdesk-tests")
    QCoreApplication.setApplicationName("colivingdesk")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def use_locale() -> Iterator[Callable[[str], None]]:
    """Sets the locale the window formats with (``QLocale.setDefault``), restored after the test."""
    from PySide6.QtCore import QLocale

    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.fixture
def sandbox_config() -> SandboxConfig:
    """Demo data, rate limits on, no ticker (tests make things happen explicitly through the admin helper)."""
    return SandboxConfig(limits_enabled=True, demo_ticker_seconds=None)


@pytest.fixture
def sandbox(sandbox_config: SandboxConfig) -> Iterator[SandboxServer]:
    with SandboxServer(sandbox_config) as server:
        yield server


@pytest.fixture
def profile(tmp_path: Path) -> Profile:
    return Profile(tmp_path / "profile").ensure()


@pytest.fixture
def demo_secrets(sandbox_config: SandboxConfig) -> SecretStore:
    secrets = SecretStore(session_only=True, environ={})
    secrets.set("bmc", "api_key", sandbox_config.bmc_key)
    secrets.set("bmc", "webhook_secret", sandbox_config.webhook_secret)
    secrets.set("coliving", "api_key", sandbox_config.coliving_key)
    return secrets


@pytest.fixture
def accounts(sandbox: SandboxServer) -> dict[Channel, AccountSettings]:
    return {
        Channel.BMC: AccountSettings(Channel.BMC, sandbox.bmc_base_url),
        Channel.COLIVING: AccountSettings(Channel.COLIVING, sandbox.coliving_base_url),
    }


@pytest.fixture
def store(profile: Profile) -> Iterator[Store]:
    store = open_store(profile.database)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def service(
    aio: AsyncRunner, store: Store, demo_secrets: SecretStore, accounts: dict[Channel, AccountSettings]
) -> Iterator[Service]:
    """A Service on the sandbox, not started (tests call ``sync_once`` when they want data)."""
    service = Service(store, demo_secrets, accounts, poll_interval=3600.0)
    try:
        yield service
    finally:
        aio.run(service.aclose(), timeout=10_000)


@pytest.fixture
def synced_service(aio: AsyncRunner, service: Service) -> Service:
    """The Service after one full sync of both sandbox channels."""
    report = aio.run(service.sync_once(), timeout=30_000)
    assert report.ok, report.errors
    return service


@pytest.fixture
def make_context(
    profile: Profile, store: Store, demo_secrets: SecretStore
) -> Iterator[Callable[[Service], Any]]:
    """Builds the ``AppContext`` the window gets, with a read-only store on the same file."""
    from colivingdesk.ui.context import AppContext

    readers: list[Store] = []

    def make(service: Service) -> AppContext:
        reader = open_store(profile.database, read_only=True)
        readers.append(reader)
        return AppContext(profile=profile, store=store, reader=reader, service=service, secrets=demo_secrets)

    yield make
    for reader in readers:
        reader.close()


@pytest.fixture
def make_window(qtbot: Any, make_context: Callable[[Service], Any]) -> Iterator[Callable[..., Any]]:
    """Builds main windows; at teardown they are closed and deleted *before* the stores close.

    Deleting synchronously (``sendPostedEvents(DeferredDelete)``) stops every view's timers, so a debounce
    timer started by a test cannot fire into a closed store during the next test.
    """
    from colivingdesk.ui.main_window import MainWindow

    windows: list[Any] = []

    def make(service: Service, **kwargs: Any) -> Any:
        window = MainWindow(make_context(service), **kwargs)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window, timeout=5000)
        return window

    yield make
    for window in windows:
        with contextlib.suppress(RuntimeError):  # already deleted by the test
            window.close()
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def main_window(synced_service: Service, make_window: Callable[..., Any]) -> Any:
    """The main window over a synced sandbox profile, shown offscreen."""
    return make_window(synced_service)


# ---------------------------------------------------------------------- screenshots of failures
def _screenshot_dir() -> Path:
    default = Path(tempfile.gettempdir()) / "colivingdesk-ui"
    folder = Path(os.environ.get("COLIVINGDESK_UI_FAILURES") or default)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """On a failed test, save a PNG of every visible top-level window and list the files in the report."""
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    saved: list[str] = []
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", item.nodeid)[-120:]
    widgets: list[QWidget] = [w for w in app.topLevelWidgets() if w.isVisible()]
    for number, widget in enumerate(widgets):
        path = _screenshot_dir() / f"{safe}-{number}.png"
        if widget.grab().save(str(path)):
            saved.append(str(path))
    if saved:
        report.sections.append(("screenshots", "\n".join(saved)))


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the application to a locale's catalogues for one test, back to plain English afterwards."""
    from colivingdesk.ui.i18n import install_translators, remove_translators

    installed: list[Any] = []

    def use(name: str) -> None:
        installed.extend(install_translators(qapp, QLocale(name)))

    yield use
    remove_translators(qapp, installed)
