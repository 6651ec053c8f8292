"""The window: sidebar, the views, a banner for problems, and a status bar that tells the sync truth.

The window owns no data and no network: views read the store and write through the Service, and the window
only routes (search hits, "messages of this booking"), shows the Notifier's messages, keeps badges and the
status bar in step with the change stream, and remembers geometry and the last view in QSettings (never
anything secret).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.domain import Channel, OutboxState
from colivingdesk.store import SearchHit, ThreadFilter
from colivingdesk.sync import AccountStatus, ChangeSet
from colivingdesk.ui.asyncslots import async_slot
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.dialogs.quick_search import QuickSearchPopup
from colivingdesk.ui.errors import Level, UserMessage
from colivingdesk.ui.icons import app_icon
from colivingdesk.ui.models.sidebar_model import KeyRole, SidebarModel
from colivingdesk.ui.views.automations_view import AutomationsView
from colivingdesk.ui.views.bookings_view import BookingsView
from colivingdesk.ui.views.calendar_view import CalendarView
from colivingdesk.ui.views.inbox_view import InboxView
from colivingdesk.ui.views.leads_view import LeadsView
from colivingdesk.ui.views.welcome_view import WelcomeView
from colivingdesk.ui.widgets.account_status import AccountStatusWidget
from colivingdesk.ui.widgets.banner import BannerWidget
from colivingdesk.ui.widgets.notifications import InWindowNotifications
from colivingdesk.ui.widgets.sidebar import SidebarWidget

log = logging.getLogger(__name__)

STATUS_POLL_MS = 2000
BADGE_DELAY_MS = 150


def _placeholder(title: str, text: str) -> QWidget:
    w = QWidget()
    v = QVBoxLayout(w)
    label = QLabel(f"<h3>{title}</h3><p>{text}</p>")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    v.addWidget(label)
    return w


def _properties_view(ctx: AppContext) -> QWidget:
    try:
        from colivingdesk.ui.views.properties_view import PropertiesView
    except ImportError:
        log.exception("properties view unavailable")
        return _placeholder("Properties", "The properties view is not available in this build.")
    return PropertiesView(ctx)


def _settings_view(ctx: AppContext) -> QWidget:
    try:
        from colivingdesk.ui.views.settings_view import SettingsView
    except ImportError:
        log.exception("settings view unavailable")
        return _placeholder("Settings", "The settings view is not available in this build.")
    return SettingsView(ctx)


class MainWindow(QMainWindow):
    """Sidebar + stacked views + banner + status bar; see the module docstring for what it does not do."""

    #: A desktop notification was raised (title, text); also emitted when no tray exists, for tests and logs.
    notified = Signal(str, str)
    #: The window was closed by the user (the app then shuts the Service down and quits).
    closed = Signal()

    def __init__(self, ctx: AppContext, *, show_welcome: bool | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.notifier = ctx.notifier
        self.setWindowTitle("Colivingdesk" + (" (demo)" if ctx.demo else ""))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(760, 520)
        self._last_counts: Any = None
        self._views: dict[str, QWidget] = {}
        self._build()
        self._build_status_bar()
        self._build_shortcuts()
        self._build_tray()

        self._badge_timer = QTimer(self)
        self._badge_timer.setSingleShot(True)
        self._badge_timer.setInterval(BADGE_DELAY_MS)
        self._badge_timer.timeout.connect(self.refresh_badges)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_POLL_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()

        self.notifier.banner.connect(self.banner.show_message)
        self.notifier.status.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        self._unsubscribe = ctx.service.changes.subscribe(self._on_changes)
        self.refresh_badges()
        self.refresh_status()
        self._restore(show_welcome)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        central = QWidget()
        outer = QHBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.sidebar_model = SidebarModel(self)
        self.sidebar = SidebarWidget(self.sidebar_model)
        outer.addWidget(self.sidebar)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.setSpacing(0)
        self.banner = BannerWidget()
        banner_box = QWidget()
        bb = QVBoxLayout(banner_box)
        bb.setContentsMargins(8, 8, 8, 0)
        bb.addWidget(self.banner)
        rv.addWidget(banner_box)
        self.stack = QStackedWidget()
        rv.addWidget(self.stack, 1)
        outer.addWidget(right, 1)
        self.setCentralWidget(central)

        ctx = self.ctx
        self.inbox = InboxView(ctx)
        self.leads = LeadsView(ctx)
        self.bookings = BookingsView(ctx)
        self.properties = _properties_view(ctx)
        self.calendar = CalendarView(ctx)
        self.settings = _settings_view(ctx)
        self.automations = AutomationsView(ctx)
        self.welcome = WelcomeView()
        for key, view in (
            ("inbox", self.inbox), ("leads", self.leads), ("bookings", self.bookings),
            ("properties", self.properties), ("calendar", self.calendar), ("automations", self.automations),
            ("settings", self.settings),
        ):
            self._views[key] = view
            self.stack.addWidget(view)
        self.stack.addWidget(self.welcome)

        self.sidebar.selectionModel().currentChanged.connect(self._on_sidebar)
        self.inbox.openBookingRequested.connect(self.open_booking)
        self.inbox.readStateChanged.connect(self._schedule_badges)
        self.leads.attentionChanged.connect(self._schedule_badges)
        self.leads.openThreadRequested.connect(self.open_lead_thread)
        self.bookings.openThreadRequested.connect(self.open_thread)
        self.welcome.connectRequested.connect(self.open_connect)
        self.search_popup = QuickSearchPopup(ctx.reader, self)
        self.search_popup.hitChosen.connect(self.open_hit)

    def _build_status_bar(self) -> None:
        if self.ctx.demo is not None:
            demo = QLabel("Demo mode")
            demo.setObjectName("demoIndicator")
            demo.setStyleSheet("QLabel#demoIndicator { font-weight: bold; padding: 0 6px; }")
            demo.setToolTip(
                "Sample data on a practice server: nothing you do here reaches a real channel.\n"
                f"Practice server back office: {self.ctx.demo.admin_url}"
            )
            self.statusBar().addWidget(demo)
        self.account_status = AccountStatusWidget()
        self.statusBar().addPermanentWidget(self.account_status)
        self.statusBar().setSizeGripEnabled(True)

    def _build_shortcuts(self) -> None:
        for number, key in enumerate(self.sidebar_model.keys(), start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda k=key: self.show_view(k))
        QShortcut(QKeySequence("Ctrl+K"), self).activated.connect(self.search_popup.popup)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.search_popup.popup)
        self.sync_action = QAction("Sync now", self)
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sync_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.sync_action.triggered.connect(self.sync_now)
        self.addAction(self.sync_action)

    def _build_tray(self) -> None:
        self.tray: QSystemTrayIcon | None = None
        self.in_window: InWindowNotifications | None = None
        self._failed_notified: set[str] = set()
        if not QSystemTrayIcon.isSystemTrayAvailable():
            # Nowhere for desktop notifications to go: toasts in the window and a list behind a status bar button.
            self.in_window = InWindowNotifications(self)
            self.in_window.activated.connect(self._open_target)
            self.statusBar().addPermanentWidget(self.in_window)
            return
        tray = QSystemTrayIcon(app_icon(), self)
        tray.setToolTip("Colivingdesk")
        menu = QMenu(self)
        menu.addAction("Show window", self._raise)
        menu.addAction(self.sync_action)
        menu.addSeparator()
        menu.addAction("Quit", self.close)
        tray.setContextMenu(menu)
        tray.activated.connect(lambda reason: self._raise()
                               if reason == QSystemTrayIcon.ActivationReason.Trigger else None)
        tray.messageClicked.connect(self._raise)
        tray.show()
        self.tray = tray

    # ------------------------------------------------------------------ navigation
    def current_view_key(self) -> str:
        widget = self.stack.currentWidget()
        return next((k for k, v in self._views.items() if v is widget), "welcome")

    def show_view(self, key: str) -> None:
        if key == "welcome":
            self.stack.setCurrentWidget(self.welcome)
            self.sidebar.selectionModel().clear()
            self.welcome.bmc_button.setFocus()
            return
        row = self.sidebar_model.row_of(key)
        if row < 0:
            return
        index = self.sidebar_model.index(row)
        if self.sidebar.currentIndex() != index:
            selection = self.sidebar.selectionModel()
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.stack.setCurrentWidget(self._views[key])

    def _on_sidebar(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KeyRole) if current.isValid() else None
        if key in self._views:
            self.stack.setCurrentWidget(self._views[str(key)])

    def open_thread(self, key: str) -> None:
        self.show_view("inbox")
        if not self.inbox.open_thread(key):
            self.notifier.show(UserMessage(
                "No conversation yet", "There are no messages for this booking in the cache yet.",
                level=Level.INFO,
            ))

    def open_lead_thread(self, key: str, reply: bool) -> None:
        """A lead's conversation in the inbox; with ``reply``, the cursor waits in the composer."""
        self.open_thread(key)
        if reply and self.inbox.current_key == key:
            self.inbox.composer.editor.setFocus()

    def open_booking(self, booking_id: str) -> None:
        self.show_view("bookings")
        if not self.bookings.select_id(booking_id):
            self.bookings.upcoming.setChecked(False)
            self.bookings.status_filter.setCurrentIndex(0)
            self.bookings.search.clear()
            self.bookings.apply_filter()
            self.bookings.select_id(booking_id)

    def open_hit(self, hit: SearchHit) -> None:
        if hit.kind == "message":
            self.open_thread(f"{hit.channel.value}:{hit.id}")
        elif hit.kind == "lead":
            self.show_view("leads")
            if not self.leads.select_id(hit.id):
                self.leads.search.clear()
                self.leads.property_filter.setCurrentIndex(0)
                self.leads.apply_filter()
                self.leads.select_id(hit.id)
        elif hit.kind == "booking":
            self.open_booking(hit.id)
        elif hit.kind == "property":
            self.show_view("properties")
            select = getattr(self.properties, "select", None)
            if callable(select):
                select(hit.id)

    def open_connect(self, channel: Channel) -> None:
        self.show_view("settings")
        focus = getattr(self.settings, "focus_channel", None)
        if callable(focus):
            focus(channel)

    def _open_target(self, target: str) -> None:
        """Where a notification leads: a view ("leads") or a conversation ("bmc:usr_1")."""
        if target in self._views:
            self.show_view(target)
        elif ":" in target:
            self.open_thread(target)

    def _raise(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # ------------------------------------------------------------------ live state
    def _schedule_badges(self) -> None:
        self._badge_timer.start()

    def refresh_badges(self) -> None:
        counts = self.ctx.reader.attention_counts()
        self.sidebar_model.set_badge("inbox", counts.unread_threads)
        self.sidebar_model.set_pending("inbox", counts.unsent_replies)
        self.sidebar_model.set_badge("leads", counts.new_leads)
        self.sidebar_model.set_badge("properties", counts.rejected_properties)
        self._last_counts = counts
        title = "Colivingdesk" + (" (demo)" if self.ctx.demo else "")
        self.setWindowTitle(f"({counts.unread_threads}) {title}" if counts.unread_threads else title)

    def statuses(self) -> dict[Channel, AccountStatus]:
        result: dict[Channel, AccountStatus] = {}
        for channel in Channel:
            try:
                result[channel] = self.ctx.service.status(channel)
            except Exception:  # a status read must never take the window down
                log.debug("status unavailable for %s", channel, exc_info=True)
        return result

    def refresh_status(self) -> None:
        statuses = self.statuses()
        self.account_status.update_status(statuses)
        rejected = any(s.state == "key_rejected" for s in statuses.values())
        self.sidebar_model.set_badge("settings", 0, alert=rejected)

    def _on_changes(self, changes: ChangeSet) -> None:
        before = self._last_counts
        self.refresh_badges()
        if changes.get_ids("status") or changes.get_ids("accounts"):
            self.refresh_status()
        active = self.isActiveWindow()
        # Desktop notifications are for what arrived while the operator looked elsewhere; in-window ones
        # (no tray) are the only place news shows, so they come while the window is in use too.
        if self.in_window is not None or not active:
            self._notify(changes, before, active=active)

    def _notify(self, changes: ChangeSet, before: Any, *, active: bool = False) -> None:
        """Notify new guest messages, new leads, replies the channel refused and (when away) booking changes."""
        after = self._last_counts
        if before is None or after is None:
            return
        new_messages = after.unread_messages - before.unread_messages
        new_leads = after.new_leads - before.new_leads
        if new_messages > 0:
            self._notify_one("New message" if new_messages == 1 else f"{new_messages} new messages",
                             "Open the Inbox to reply.", self._unread_thread() or "inbox")
        if new_leads > 0:
            self._notify_one("New lead" if new_leads == 1 else f"{new_leads} new leads",
                             "A guest asked about one of your properties.", "leads")
        self._notify_failed(changes)
        bookings = changes.get_ids("bookings")
        if bookings and not active:
            self._notify_one("Booking updated" if len(bookings) == 1 else f"{len(bookings)} bookings updated",
                             "Check the Bookings view for new or changed stays.", "bookings")

    def _unread_thread(self) -> str | None:
        """The most recently active conversation with unread messages, for the notification to open.

        Read from the cache rather than the change set: the counts may move on a later change set than the
        one that carried the thread ids."""
        threads = self.ctx.reader.page_threads(ThreadFilter(unread_only=True), None, 1)
        return threads[0].key if threads else None

    def _notify_failed(self, changes: ChangeSet) -> None:
        """One notification per reply that ends up failed (a retry that fails again notifies again)."""
        for outbox_id in sorted(changes.get_ids("outbox")):
            item = self.ctx.reader.get_outbox_item(int(outbox_id)) if outbox_id.isdigit() else None
            if item is None or item.kind != "reply":
                continue
            if item.state is not OutboxState.FAILED:
                self._failed_notified.discard(outbox_id)
                continue
            if outbox_id in self._failed_notified:
                continue
            self._failed_notified.add(outbox_id)
            self._notify_one("Reply not sent", item.error or "The channel refused a reply.",
                             f"{item.channel.value}:{item.target}")

    def _notify_one(self, title: str, text: str, target: str | None = None) -> None:
        self.notified.emit(title, text)
        if self.in_window is not None:
            self.in_window.add(title, text, target)
        elif self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, app_icon(), 8000)

    def set_busy(self, busy: bool) -> None:
        self.sync_action.setEnabled(not busy)

    @async_slot()
    async def sync_now(self) -> None:
        self.statusBar().showMessage("Syncing both channels…")
        report = await self.ctx.service.sync_once()
        self.refresh_status()
        if report.ok:
            changed = sum(report.changed.values())
            text = f"Synced: {changed} updates." if changed else "Synced: no changes."
            self.statusBar().showMessage(text, 5000)
        else:
            self.statusBar().clearMessage()
            self.notifier.show(UserMessage(
                "Some updates could not be fetched",
                " ".join(f"{k}: {v}" for k, v in sorted(report.errors.items())),
                level=Level.WARNING,
            ))

    # ------------------------------------------------------------------ persistence
    def _restore(self, show_welcome: bool | None) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)
        state = settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        for splitter in self.findChildren(QSplitter):
            saved = settings.value(f"splitters/{splitter.objectName()}")
            if splitter.objectName() and isinstance(saved, QByteArray):
                splitter.restoreState(saved)
        if show_welcome is None:
            show_welcome = not any(s.state != "not_configured" for s in self.statuses().values())
        last = str(settings.value("window/lastView", "inbox"))
        self.show_view("welcome" if show_welcome else (last if last in self._views else "inbox"))

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        key = self.current_view_key()
        if key in self._views:
            settings.setValue("window/lastView", key)
        for splitter in self.findChildren(QSplitter):
            if splitter.objectName():
                settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.inbox.flush_drafts()
        self.save_state()
        self._status_timer.stop()
        self._badge_timer.stop()
        self._unsubscribe()
        if self.tray is not None:
            self.tray.hide()
        super().closeEvent(event)
        self.closed.emit()
