"""Screenshots for the store listing and the README, taken offscreen from the demo sandbox.

    QT_QPA_PLATFORM=offscreen python packaging/screenshots/take_screenshots.py [--out DIR]

The window runs exactly as ``colivingdesk --demo`` would (throwaway profile, built-in sandbox, demo keys), one
sync is run, then each shot arranges the window and saves ``widget.grab()`` as a PNG. Add a shot by adding a
function to ``SHOTS``: it receives the synced window and returns the widget to grab, or the picture itself
(a coroutine function may await the view's own reads first). Shots run in order on one demo, each acting on
the sandbox as its users would (a guest cancelling, the hour's replies used up). A shot in another language
(``LANGUAGES``, e.g. ``inbox-es``) runs on its own demo window built after that language's catalogues are
installed; a shot in another theme (``THEMES``, e.g. ``calendar-dark``) switches the theme live around itself.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
import qasync
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QSettings
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from colivingdesk.demo import start_demo
from colivingdesk.demo_register import import_demo_register
from colivingdesk.domain import Channel, Thread
from colivingdesk.store import SavedReply, open_store
from colivingdesk.store.automations import AutomationRule
from colivingdesk.sync import Service, automations
from colivingdesk.sync.calendar import DRIFT, SOLD_OUT, availability_rows, coalesce
from colivingdesk.ui.app import load_accounts, make_application
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.i18n import install_translators, remove_translators
from colivingdesk.ui.main_window import MainWindow
from colivingdesk.ui.theme import THEME_ENV, apply_theme
from colivingdesk.ui.views.calendar_view import CalendarView
from colivingdesk.ui.widgets.notifications import ToastWidget

WINDOW_SIZE = (1280, 800)
Shot = Callable[[MainWindow], QWidget | QPixmap | Awaitable[QWidget | QPixmap]]


async def settle(seconds: float = 0.5) -> None:
    """Let deferred work (refreshes, layouts, repaints) land; never ``processEvents`` in a coroutine."""
    await asyncio.sleep(seconds)


SAVED_REPLIES = [
    (
        "Check-in details",
        "Hi {first_name}, your {room_type} is ready from {checkin}. Check-in is from 15:00; "
        "I will send the door code the day before.",
    ),
    ("Viewing", "Hi {first_name}! Happy to show you {property} on a video call. Does tomorrow at 18:00 work?"),
    ("Deposit", "The deposit is one month's rent, refunded within 14 days of check-out."),
]


def _threads(window: MainWindow) -> list[Thread]:
    model = window.inbox.threads
    return [t for t in (model.record(i) for i in range(model.rowCount())) if isinstance(t, Thread)]


async def _admin(window: MainWindow, method: str, path: str, body: dict[str, object]) -> None:
    """Act as the channel's back office (the demo sandbox's ``/_admin``), as a test would."""
    demo = window.ctx.demo
    assert demo is not None
    base = demo.admin_url.removesuffix("/_admin")
    async with httpx.AsyncClient() as client:
        (await client.request(method, f"{base}{path}", json=body)).raise_for_status()


async def inbox_shot(window: MainWindow) -> QWidget:
    """Unread Coliving.com conversations, and one whose booking the guest cancelled on the channel a moment
    before the host's reply: the reply shows "Not sent" with Coliving.com's own reason, Retry and Discard."""
    window.show_view("inbox")
    await settle()
    service = window.ctx.service
    pick = next(t for t in _threads(window) if t.channel is Channel.COLIVING and t.unread_count)
    others = [t for t in _threads(window) if t.channel is Channel.COLIVING and t.key != pick.key]
    await _admin(window, "PATCH", f"/_admin/coliving/bookings/{pick.external_id}", {"status": "cancelled"})
    await service.queue_reply(
        Channel.COLIVING,
        pick.external_id,
        "Of course, late arrival is fine: the door code works all night. See you on the 10th!",
    )
    await service.send_pending([Channel.COLIVING])
    await settle()
    if others:  # the one being read is not the one cancelled, so the list keeps unread conversations above it
        window.inbox.open_thread(pick.key)
    await settle()
    return window


async def held_shot(window: MainWindow) -> QWidget:
    """A BookMyColiving conversation after the hour's 60 replies: one sent, the next held with the time it goes."""
    window.show_view("inbox")
    await settle()
    service = window.ctx.service
    bmc = [t for t in _threads(window) if t.channel is Channel.BMC]
    shown, busy = bmc[0], bmc[1]
    await service.queue_reply(
        Channel.BMC,
        shown.external_id,
        "Yes, the room is free from the 1st. Shall we do a video viewing tomorrow at 18:00?",
    )
    for n in range(59):
        await service.queue_reply(Channel.BMC, busy.external_id, f"Thanks for your message ({n + 1}).")
    await service.send_pending([Channel.BMC])
    await service.queue_reply(Channel.BMC, shown.external_id, "I have also attached the house rules.")
    await service.send_pending([Channel.BMC])
    await settle()
    window.inbox.open_thread(shown.key)
    await settle(7)  # the status bar's next reading, and the previous shot's notice gone
    return window


async def saved_replies_shot(window: MainWindow) -> QWidget | QPixmap:
    """The saved-replies picker (Ctrl+/) over a Coliving.com conversation, filtered as the host types."""
    window.show_view("inbox")
    await settle()
    for title, body in SAVED_REPLIES:
        window.ctx.store.save_saved_reply(SavedReply(title, body))
    pick = next(t for t in _threads(window) if t.channel is Channel.COLIVING and t.unread_count)
    window.inbox.open_thread(pick.key)
    await settle()
    button = window.inbox.composer.saved_replies
    button.open_picker()
    await settle()
    picker = button.picker
    picker.input.setText("che")
    await settle()
    return with_popup(window, picker)


def with_popup(window: QWidget, popup: QWidget) -> QPixmap:
    """The window as the screen shows it with a popup open: the popup is its own top-level window, which
    ``grab()`` of the main window leaves out, so it is painted on at its place."""
    shot = window.grab()
    painter = QPainter(shot)
    painter.drawPixmap(window.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0))), popup.grab())
    painter.end()
    return shot


async def _admin_json(window: MainWindow, method: str, path: str, body: dict[str, object]) -> dict[str, Any]:
    demo = window.ctx.demo
    assert demo is not None
    base = demo.admin_url.removesuffix("/_admin")
    async with httpx.AsyncClient() as client:
        response = await client.request(method, f"{base}{path}", json=body)
        response.raise_for_status()
        answer: dict[str, Any] = response.json()
        return answer


async def _calendar_with_a_drift(window: MainWindow) -> CalendarView:
    """The demo house as staff find it a few weeks in: free units pushed and confirmed over the month shown, one
    change still queued, a sold-out spell, and a guest who booked on Coliving.com after the push, so those nights
    drift (Coliving.com offers more than is free) next to the demo's one overbooking."""
    service = window.ctx.service
    today = date.today()
    calendars = await service.read_calendar(today, today + timedelta(days=150))
    sold = min((d.day for c in calendars for d in c.days if d.problems == (SOLD_OUT,)), default=today)
    first = max(today, sold - timedelta(days=8))
    last = first + timedelta(days=30)
    for calendar in calendars:
        free = {d.day: d.free for d in calendar.days if first <= d.day <= last and d.free is not None}
        await service.push_availability(availability_rows(calendar.listing_id, calendar.room_type_id, coalesce(free)))
    await service.send_pending([Channel.COLIVING])
    # A guest books three nights of the Full Bedroom on days the push offered, through the channel.
    full = next(c for c in calendars if c.room_type_id == "38753")
    checkin = next(d.day for d in full.days if first + timedelta(days=3) <= d.day and (d.free or 0) >= 1)
    added = await _admin_json(window, "POST", "/_admin/coliving/bookings", {})
    await _admin_json(
        window,
        "PATCH",
        f"/_admin/coliving/bookings/{added['booking_id']}",
        {
            "listing_id": 5325,
            "room_type_id": 38753,
            "room_type_name": "Full Bedroom",
            "status": "confirmed",
            "checkin_at": checkin.isoformat(),
            "checkout_at": (checkin + timedelta(days=3)).isoformat(),
        },
    )
    await service.sync_once()
    # One change typed a moment ago, still waiting to be sent: those days show "…".
    later = [d for d in full.days if checkin + timedelta(days=5) <= d.day and d.free is not None][:2]
    await service.push_availability(
        availability_rows(
            full.listing_id, full.room_type_id, coalesce({d.day: d.free for d in later if d.free is not None})
        )
    )
    window.show_view("calendar")
    await settle(1.5)
    view = window.calendar
    view.set_zoom("month")
    view.scroll_to(first)
    await settle()
    return view


async def calendar_shot(window: MainWindow) -> QWidget:
    """Every room type on one timeline: booking bars, free units, pushed values with their state per day, a
    sold-out spell and the drift under review in the Problems list."""
    calendar = await _calendar_with_a_drift(window)
    for row, problem in enumerate(calendar.problems):
        if DRIFT in problem.problems:
            calendar.problem_list.setCurrentRow(row)
            calendar.prepare_fix()
            break
    await settle()
    for toast in window.findChildren(ToastWidget):  # the "booking updated" toast would cover the Problems
        toast.hide()
    return window


async def rates_shot(window: MainWindow) -> QWidget:
    """The rates grid of a room type: base price, currency from the register, monthly overrides."""
    window.show_view("calendar")
    await settle(1.5)
    calendar = window.calendar
    calendar.tabs.setCurrentWidget(calendar.rates)
    rates = calendar.rates
    rates.room.setCurrentIndex(max(0, rates.room.findData("66713")))
    await settle()
    return window


async def accounts_shot(window: MainWindow) -> QWidget:
    """Settings: each account says where its key is (the demo's keys are held for this session only)."""
    window.show_view("settings")
    await settle(1.5)
    return window


async def new_listing_shot(window: MainWindow) -> QWidget | QPixmap:
    """A new listing being written: the editor says the channel reviews every new listing and offers to keep it
    on this computer or create it and send it to review."""
    window.show_view("properties")
    await settle()
    editor = window.properties.open_editor(None)  # type: ignore[attr-defined]
    assert editor is not None
    editor.name_edit.setText("Casa Sol Coliving")
    await settle()
    return editor


async def automations_shot(window: MainWindow) -> QWidget:
    """Three rules (one in preview): the upcoming queue (what goes when, to whom, with its filled text)
    and the history, with a message sent now to its guest, one skipped and one edited for its guest only."""
    store = window.ctx.store
    service = window.ctx.service
    for title, body, name, trigger, timing, preview in (
        (
            "Check-in details",
            SAVED_REPLIES[0][1],
            "Check-in details 3 days before",
            "before_checkin",
            {"days": 3, "at": "10:00"},
            False,
        ),
        (
            "Check-out reminder",
            "Hi {first_name}, a reminder that check-out is on {checkout} by 11:00. Safe travels!",
            "Check-out reminder",
            "before_checkout",
            {"days": 1, "at": "18:00"},
            False,
        ),
        (
            "First answer",
            "Hi {first_name}, thanks for your interest in {property}! When would you like to move in?",
            "First answer to new leads",
            "new_lead",
            {"minutes": 10},
            True,
        ),
    ):
        reply = store.save_saved_reply(SavedReply(title, body))
        assert reply.id is not None
        automations.save_rule(store, AutomationRule(name, trigger, reply.id, timing=timing, preview_only=preview))
    automations.run(store, Channel.COLIVING, datetime.now(UTC))
    upcoming, _ = automations.listing(store, 10)
    # Messages whose guest's name is known (the demo's list lacks some until their details are read).
    complete = [row for row in upcoming if "{" not in (row["text"] or "")]
    sent, skipped, edited = complete[0], complete[1], complete[2]
    await service.send_automation_now(sent["key"], Channel(sent["channel"]))
    await service.send_pending([Channel.COLIVING])
    await service.skip_automation(skipped["key"])
    await service.edit_automation_text(
        edited["key"], edited["text"].replace("Check-in is from 15:00", "Early check-in from 12:00 is fine")
    )
    window.show_view("automations")
    await settle(1.5)
    view = window.view("automations")
    view.rules_table.selectRow(0)  # type: ignore[attr-defined]
    await settle()
    return window


SHOTS: dict[str, Shot] = {
    "inbox": inbox_shot,
    "inbox-held": held_shot,
    "saved-replies": saved_replies_shot,
    "calendar": calendar_shot,
    "rates": rates_shot,
    "accounts": accounts_shot,
    "new-listing": new_listing_shot,
    "automations": automations_shot,
    "calendar-dark": calendar_shot,
    "inbox-es": inbox_shot,
}
#: Shots taken in another language: the window is built after that language's catalogues are installed, as
#: the app does at start-up for the system's language (``LANG=es_ES.UTF-8``).
LANGUAGES = {"inbox-es": "es_ES"}
#: Shots taken in another theme (``COLIVINGDESK_THEME``), switched live around the shot as the OS would.
THEMES = {"calendar-dark": "dark"}


@contextmanager
def themed(name: str) -> Iterator[None]:
    """The shot's theme for the time of the shot, then the one the run started with."""
    wanted = THEMES.get(name)
    app = QApplication.instance()
    if wanted is None or not isinstance(app, QApplication):
        yield
        return
    before = os.environ.get(THEME_ENV)
    os.environ[THEME_ENV] = wanted
    apply_theme(app)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(THEME_ENV, None)
        else:
            os.environ[THEME_ENV] = before
        apply_theme(app)


@contextmanager
def language(code: str | None) -> Iterator[None]:
    """Windows built inside speak ``code`` ("es_ES"): its catalogues installed and its locale the default."""
    app = QCoreApplication.instance()
    if code is None or app is None:
        yield
        return
    before = QLocale()
    QLocale.setDefault(QLocale(code))
    translators = install_translators(app, QLocale(code))
    try:
        yield
    finally:
        remove_translators(app, translators)
        install_translators(app)  # the run's own language again (English plural forms at least)
        QLocale.setDefault(before)


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
            ctx = AppContext(profile=profile, store=store, reader=reader, secrets=secrets, service=service)
            window = MainWindow(ctx, show_welcome=True)
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
    for code in dict.fromkeys(LANGUAGES.get(n) for n in names):
        with language(code):
            saved += await _demo_shots(out, [n for n in names if LANGUAGES.get(n) == code])
    return saved


async def _demo_shots(out: Path, names: list[str]) -> list[Path]:
    """``names`` taken in order on one demo window."""
    saved: list[Path] = []
    with (
        tempfile.TemporaryDirectory(prefix="colivingdesk-shots-") as tmp,
        start_demo(tmp, ticker_seconds=None) as demo,
    ):
        store = open_store(demo.profile.database)
        reader = open_store(demo.profile.database, read_only=True)
        service = Service(store, demo.secrets, load_accounts(store, demo.info))
        import_demo_register(store)  # as ``colivingdesk --demo`` does
        try:
            report = await service.sync_once()
            if not report.ok:
                print(f"sync reported errors: {report.errors}", file=sys.stderr)
            ctx = AppContext(
                profile=demo.profile, store=store, reader=reader, secrets=demo.secrets, service=service, demo=demo.info
            )
            window = MainWindow(ctx, show_welcome=False)
            window.resize(*WINDOW_SIZE)
            window.show()
            await settle()
            for name in names:
                with themed(name):
                    arranged = SHOTS[name](window)
                    widget = await arranged if inspect.isawaitable(arranged) else arranged
                    await settle()
                    path = out / f"{name}.png"
                    (widget if isinstance(widget, QPixmap) else widget.grab()).save(str(path))
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
