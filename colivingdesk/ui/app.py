"""Start the window: the Qt application, the qasync loop (wired here and nowhere else), the cache and the
Service.

Lifecycle, in order: open the cache (read-write for the Service, read-only for the views), load the accounts,
show the window and let it paint with Qt's own loop (asyncio and qasync load meanwhile, off the UI thread; see
:mod:`colivingdesk.ui.first_frame`), start the qasync loop, then build and start the Service (it imports the
sync engine, the HTTP clients and the channel models, which the first frame does not need; see
``AppContext``); on quit, stop the Service *while the loop still runs* so every HTTP client is closed and no
outbox item is left half-sent, then close the cache.

The app does not quit when its last window closes (Qt's default would end ``exec()`` before the Service could
stop): closing the main window sets an event, ``main`` awaits the Service's shutdown, and only then returns,
which ends the loop. ``aboutToQuit`` (logout, ``QApplication.quit``) sets the same event as a fallback.
"""

from __future__ import annotations

import importlib
import logging
import signal
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from colivingdesk.accounts import DEFAULT_PROVIDER, AccountSettings, settings_from_environ
from colivingdesk.demo import DemoInfo
from colivingdesk.domain import Channel
from colivingdesk.profile import Profile
from colivingdesk.secrets import SecretStore
from colivingdesk.startup_gc import release as release_gc
from colivingdesk.store import Account, Store, open_store
from colivingdesk.ui.asyncslots import start_waiting
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.first_frame import paint_first
from colivingdesk.ui.i18n import install_translators
from colivingdesk.ui.icons import APP_ICON, app_icon
from colivingdesk.ui.keyboard import install_keyboard_helpers
from colivingdesk.ui.loop_share import favour_event_loop
from colivingdesk.ui.theme import ThemeFollower

if TYPE_CHECKING:
    from colivingdesk.sync import ChangeStream, Service
    from colivingdesk.ui.main_window import MainWindow
    from colivingdesk.ui.team_app import TeamLogin

log = logging.getLogger(__name__)

APP_NAME = "colivingdesk"
ORG_NAME = "colivingdesk"
DISPLAY_NAME = "Colivingdesk"
SHUTDOWN_TIMEOUT = 10.0
#: How long the Service waits for the window's first paint before it is built anyway (a window that opens
#: minimized or on a hidden workspace may not paint for a long time, and sync must not wait for it).
FIRST_PAINT_WAIT = 2.0


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings and the desktop use (desktop file name as packaged)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setDesktopFileName(APP_ICON)
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    if existing is None:  # once per process, before any window: every widget is built in the user's language
        install_translators(app)
    return app


def load_accounts(store: Store, demo: DemoInfo | None = None) -> dict[Channel, AccountSettings]:
    """The profile's accounts; in demo mode the sandbox's accounts are saved to the throwaway profile first.

    ``COLIVINGDESK_*`` environment variables win per channel, so a script can point the window elsewhere.
    """
    if demo is not None:
        existing = {a.channel: a for a in store.list_accounts()}
        for channel, settings in demo.accounts.items():
            current = existing.get(channel)
            store.save_account(Account(
                channel=channel, label=f"{channel.label} (demo)", base_url=settings.base_url,
                provider=settings.provider, auth_style=settings.auth_style,
                id=current.id if current is not None else None,
            ))
    found: dict[Channel, AccountSettings] = {}
    for account in store.list_accounts():
        found[account.channel] = AccountSettings(
            account.channel, account.base_url, provider=account.provider or DEFAULT_PROVIDER,
            auth_style=account.auth_style or "x-api-key",
        )
    if demo is None:
        found.update(settings_from_environ())
    return found


#: What building and starting the Service imports, including what its libraries import lazily on first use
#: (httpx its transport, httpcore its asyncio backend, the keyring on the first secret read).
SYNC_ENGINE_MODULES = (
    "colivingdesk.sync.service", "colivingdesk.api.bmc", "colivingdesk.api.coliving", "keyring.core",
    "keyring.errors", "httpcore", "anyio._backends._asyncio",
)


def load_sync_engine() -> None:
    """Import what building the Service needs and load the CA bundle, off the UI thread (no Qt objects here).

    Only an optimisation: a module that fails to load here is loaded (and fails visibly) where it is used.
    """
    for name in SYNC_ENGINE_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            log.debug("not preloaded: %s", name, exc_info=True)
    from colivingdesk.sync.runtime import tls_context

    tls_context()


async def main(app: QApplication, window: MainWindow, ctx: AppContext, *, closed_early: bool = False) -> int:
    """Runs on the qasync loop, from the window's first paint until it is closed; then shuts the Service down
    gracefully. ``closed_early``: the window was closed before the loop started."""
    import asyncio

    start_waiting()  # what the first frame's views asked for before this loop existed (their keyring question)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    window.closed.connect(closed.set)
    if closed_early:
        closed.set()
    loop = asyncio.get_running_loop()
    # Ctrl+C and SIGTERM (a session ending, ``kill``) close the window as the user would: drafts are written,
    # presence is cleared and the Service shuts down; queued replies stay in the outbox for the next start.
    for number in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(number, window.close)
        except (NotImplementedError, RuntimeError):
            signal.signal(number, lambda *_: QTimer.singleShot(0, window.close))
    if not ctx.has_service:
        # Loading the sync engine's modules is most of what building the Service costs: done on a worker
        # thread (imports are thread-safe), the window keeps answering meanwhile. Only the construction, which
        # makes Qt-facing objects and binds to this loop, runs here.
        await loop.run_in_executor(None, load_sync_engine)
    service = ctx.service  # built here unless something the user did needed it already
    release_gc()  # start-up is over: what it allocated is frozen, collection resumes (see startup_gc)
    window.refresh_status()
    try:
        await service.start()
    except Exception as err:  # the window still shows the cache; the banner says what failed
        log.exception("the sync service could not start")
        ctx.notifier.report(err)
    await closed.wait()
    window.hide()
    try:
        await asyncio.wait_for(service.aclose(), SHUTDOWN_TIMEOUT)
    except Exception:
        log.exception("the sync service did not stop cleanly")
    return 0


def paint_window(
    profile: Profile, secrets: SecretStore, demo: DemoInfo | None, accounts: Mapping[Channel, AccountSettings],
    store: Store, reader: Store, *, team: TeamLogin | None = None,
) -> tuple[MainWindow, AppContext]:
    """The window over the cache, its context building the Service on first use (see ``AppContext``). With
    ``team`` the window works on a team database (see ``ui.team_app``)."""
    from colivingdesk.ui.main_window import MainWindow

    def build_service(changes: ChangeStream) -> Service:
        if team is not None:
            from colivingdesk.sync.team_desktop import DesktopService

            return DesktopService(store, secrets, url=team.url, label=team.label, changes=changes)
        from colivingdesk.sync.service import Service

        return Service(store, secrets, accounts, changes=changes)

    ctx = AppContext(
        profile=profile, store=store, reader=reader, build_service=build_service, secrets=secrets, demo=demo,
        team_label=team.label if team is not None else None,
        open_reader=team.open_reader if team is not None else None,
        team_from_profile=team is not None and team.from_profile,
    )
    return MainWindow(ctx, show_welcome=not accounts and team is None), ctx


def run_window(app: QApplication, window: MainWindow, ctx: AppContext) -> int:
    """Paint ``window``'s first frame with Qt's own loop, then run it on the qasync loop until it is closed."""
    closed_early = paint_first(window, FIRST_PAINT_WAIT)  # before the loop: see colivingdesk.ui.first_frame
    install_keyboard_helpers(app)  # Shift+F10 opens context menus; once painted (see its docstring)
    from colivingdesk.ui.qt_loop import run

    try:
        return int(run(main(app, window, ctx, closed_early=closed_early)))
    except RuntimeError as err:  # Qt quit outside our close path (e.g. session end): nothing to await
        log.warning("event loop ended early: %s", err)
        return 0


def run_app(profile: Profile, secrets: SecretStore, *, demo: DemoInfo | None = None) -> int:
    """Open the window for ``profile``; returns the process exit code when the user quits."""
    app = make_application()
    favour_event_loop()
    ThemeFollower(app)
    store = open_store(profile.database)
    reader = open_store(profile.database, read_only=True)
    try:
        accounts = load_accounts(store, demo)
        if demo is not None:  # the demo's throwaway profile starts with the demo house's listings named
            from colivingdesk.demo_register import import_demo_register

            import_demo_register(store)
        # A timer wakes the interpreter regularly so Python-level signal handlers (Ctrl+C) run under Qt.
        wake = QTimer()
        wake.start(500)
        wake.timeout.connect(lambda: None)
        window, ctx = paint_window(profile, secrets, demo, accounts, store, reader)
        return run_window(app, window, ctx)
    finally:
        reader.close()
        store.close()
