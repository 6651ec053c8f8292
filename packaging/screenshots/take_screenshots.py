"""Screenshots for the store listing and the README, taken offscreen from the demo sandbox.

    QT_QPA_PLATFORM=offscreen python packaging/screenshots/take_screenshots.py [--out DIR]

The window runs exactly as ``colivingdesk --demo`` would (throwaway profile, built-in sandbox, demo keys), one
sync is run, then each shot arranges the window and saves ``widget.grab()`` as a PNG. Add a shot by adding a
function to ``SHOTS``: it receives the synced window and returns the widget to grab (a coroutine function may
await the view's own reads first).
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from colivingdesk.demo import start_demo
from colivingdesk.domain import Channel
from colivingdesk.store import open_store
from colivingdesk.sync import Service
from colivingdesk.ui.app import load_accounts, make_application
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.main_window import MainWindow
from colivingdesk.ui.theme import apply_theme

WINDOW_SIZE = (1280, 800)
Shot = Callable[[MainWindow], QWidget | Awaitable[QWidget]]


async def settle(seconds: float = 0.5) -> None:
    """Let deferred work (refreshes, layouts, repaints) land; never ``processEvents`` in a coroutine."""
    await asyncio.sleep(seconds)


def inbox_shot(window: MainWindow) -> QWidget:
    """The inbox with an unread BookMyColiving conversation open and a reply being written."""
    window.show_view("inbox")
    inbox = window.inbox
    model = inbox.threads
    rows = [model.record(i) for i in range(model.rowCount())]
    pick = next((t for t in rows if t.channel == Channel.BMC and t.unread_count), None) or rows[0]
    inbox.open_thread(pick.key)
    inbox.composer.load("Hi! Yes, the room is still free from the 1st. Shall we book a video viewing?")
    return window


async def calendar_shot(window: MainWindow) -> QWidget:
    """This month of the Coliving.com room type with the most bookings, availability and rate already sent."""
    window.show_view("calendar")
    await settle()
    calendar = window.calendar
    service = window.ctx.service
    busiest: dict[tuple[str, str], int] = {}
    for booking in window.ctx.reader.page_bookings(None, None, 1000):
        if booking.status != "cancelled":
            key = (booking.listing_id, booking.room_type_id)
            busiest[key] = busiest.get(key, 0) + 1
    if not busiest:
        return window
    listing_id, room_type_id = max(busiest, key=lambda k: busiest[k])
    today = date.today()
    await service.push_availability([{
        "listing_id": listing_id, "room_type_id": room_type_id, "available": 2,
        "start_date": today.isoformat(), "end_date": (today + timedelta(days=4)).isoformat(),
    }])
    await service.push_rates([{"listing_id": listing_id, "room_type_id": room_type_id, "base_price": 850,
                               "currency": "EUR"}])
    await service.send_pending([Channel.COLIVING])
    await settle()
    calendar.listing.setCurrentIndex(max(0, calendar.listing.findData(listing_id)))
    calendar.room_type.setCurrentIndex(max(0, calendar.room_type.findData(room_type_id)))
    return window


SHOTS: dict[str, Shot] = {"inbox": inbox_shot, "calendar": calendar_shot}


async def welcome_shot(out: Path) -> Path:
    """First run as a new operator sees it: an empty profile, no account, no keys."""
    from colivingdesk.profile import Profile
    from colivingdesk.secrets import SecretStore

    with tempfile.TemporaryDirectory(prefix="colivingdesk-first-run-") as tmp:
        profile = Profile(Path(tmp)).ensure()
        store = open_store(profile.database)
        reader = open_store(profile.database, read_only=True)
        secrets = SecretStore(session_only=True, environ={})
        service = Service(store, secrets, {})
        try:
            window = MainWindow(AppContext(profile, store, reader, service, secrets), show_welcome=True)
            window.resize(*WINDOW_SIZE)
            window.show()
            await settle()
            path = out / "welcome.png"
            window.grab().save(str(path))
            window.close()
        finally:
            await service.aclose()
            reader.close()
            store.close()
    return path


async def take(out: Path, names: list[str]) -> list[Path]:
    saved: list[Path] = []
    if "welcome" in names:
        saved.append(await welcome_shot(out))
        names = [n for n in names if n != "welcome"]
    if not names:
        return saved
    with (
        tempfile.TemporaryDirectory(prefix="colivingdesk-shots-") as tmp,
        start_demo(tmp, ticker_seconds=None) as demo,
    ):
        store = open_store(demo.profile.database)
        reader = open_store(demo.profile.database, read_only=True)
        service = Service(store, demo.secrets, load_accounts(store, demo.info))
        try:
            report = await service.sync_once()
            if not report.ok:
                print(f"sync reported errors: {report.errors}", file=sys.stderr)
            ctx = AppContext(demo.profile, store, reader, service, demo.secrets, demo=demo.info)
            window = MainWindow(ctx, show_welcome=False)
            window.resize(*WINDOW_SIZE)
            window.show()
            await settle()
            for name in names:
                arranged = SHOTS[name](window)
                widget = await arranged if inspect.isawaitable(arranged) else arranged
                await settle()
                path = out / f"{name}.png"
                widget.grab().save(str(path))
                saved.append(path)
            window.close()
        finally:
            await service.aclose()
            reader.close()
            store.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    every = [*SHOTS, "welcome"]
    parser.add_argument("names", nargs="*", default=every, help=f"shots (default: {', '.join(every)})")
    args = parser.parse_args(argv)
    app = make_application([sys.argv[0]])
    # Screenshots must not touch the user's own settings (window geometry, last view).
    QCoreApplication.setOrganizationName("colivingdesk-screenshots")
    settings_dir = tempfile.mkdtemp(prefix="colivingdesk-shots-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    apply_theme(app)
    args.out.mkdir(parents=True, exist_ok=True)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        saved = loop.run_until_complete(take(args.out, list(args.names)))
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
