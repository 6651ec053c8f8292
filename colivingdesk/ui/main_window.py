"""The window: sidebar, the views, a banner for problems, and a status bar that tells the sync truth.

The window owns no data and no network: views read the store and write through the Service, and the window
only routes (search hits, "messages of this booking"), shows the Notifier's messages, keeps badges and the
status bar in step with the change stream, and remembers geometry and the last view in QSettings (never
anything secret).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.domain import Channel
from colivingdesk.store import AttentionCounts, SearchHit
from colivingdesk.sync import AccountStatus, ChangeSet
from colivingdesk.sync.status import TeamModeRefused
from colivingdesk.ui.accessibility import announce
from colivingdesk.ui.announcer import StatusAnnouncer
from colivingdesk.ui.asyncslots import async_slot
from colivingdesk.ui.attention_reads import AttentionReads
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.dialogs.quit_confirm import ASKED_STATES, QuitGuard
from colivingdesk.ui.errors import Level, UserMessage, sync_problem
from colivingdesk.ui.icons import app_icon
from colivingdesk.ui.lazy_views import FACTORIES, settings_at_start
from colivingdesk.ui.models.sidebar_model import KeyRole, SidebarModel
from colivingdesk.ui.views.inbox_view import InboxView
from colivingdesk.ui.widgets.account_status import AccountStatusWidget
from colivingdesk.ui.widgets.banner import BannerWidget, ReconnectBannerWidget
from colivingdesk.ui.widgets.notifications import InWindowNotifications
from colivingdesk.ui.widgets.offline_banner import OfflineBannerWidget
from colivingdesk.ui.widgets.sidebar import SidebarWidget
from colivingdesk.ui.widgets.team_status import install_team_status
from colivingdesk.ui.window_notices import WindowNotices
from colivingdesk.ui.window_state import restore_splitters, restore_window, save_window

if TYPE_CHECKING:
    from colivingdesk.ui.dialogs.quick_search import QuickSearchPopup
    from colivingdesk.ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from colivingdesk.ui.views.bookings_view import BookingsView
    from colivingdesk.ui.views.calendar_view import CalendarView
    from colivingdesk.ui.views.leads_view import LeadsView
    from colivingdesk.ui.views.welcome_view import WelcomeView

log = logging.getLogger(__name__)

STATUS_POLL_MS = 2000
BADGE_DELAY_MS = 150
#: How long after the Service is built the Settings page is (see ``paintEvent``): once the Service's start has
#: run, so the window answers input between the two.
SETTINGS_AFTER_SERVICE_MS = 250


class MainWindow(WindowNotices, QMainWindow):
    """Sidebar + stacked views + banner + status bar; see the module docstring for what it does not do."""

    #: A desktop notification was raised (title, text); also emitted when no tray exists, for tests and logs.
    notified = Signal(str, str)
    #: The window was closed by the user (the app then shuts the Service down and quits).
    closed = Signal()
    #: The window painted for the first time (the app builds the Service only then).
    firstPainted = Signal()

    def __init__(self, ctx: AppContext, *, show_welcome: bool | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.notifier = ctx.notifier
        self.setWindowTitle(self.tr("Colivingdesk (demo)") if ctx.demo else "Colivingdesk")
        self.setWindowIcon(app_icon())
        self.setMinimumSize(760, 520)
        self._last_counts: Any = None
        #: The channels with a saved account: a status refresh (every page of a sync) does not read the store.
        self._saved_channels: list[Channel] | None = None
        self._views: dict[str, QWidget] = {}
        self._painted = False
        self._starting_text = self.tr("Starting sync…")  # until the Service is built, right after the first paint
        self._build()
        self._build_status_bar()
        self._build_shortcuts()
        self._build_tray()

        self.attention = AttentionReads(ctx.reader, lambda: self.inbox.team.reader, self._show_counts, self)
        self._badge_timer = QTimer(self)
        self._badge_timer.setSingleShot(True)
        self._badge_timer.setInterval(BADGE_DELAY_MS)
        self._badge_timer.timeout.connect(lambda: self.attention.request())
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_POLL_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()

        self.announcer = StatusAnnouncer(self, ctx.reader.get_outbox_item)
        if self.team_status is not None:  # on a team's database: the worker's words (see ``team_status``)
            self.announcer.set_offline_words(self.team_status.offline_announcement)
        self.notifier.banner.connect(self.banner.show_message)
        self.notifier.status.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        # The status bar's transient messages ("Synced: 3 updates.") are said too, politely.
        self.statusBar().messageChanged.connect(lambda text: announce(self, text))
        self._unsubscribe = ctx.changes.subscribe(self._on_changes)
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
        self.reconnect = ReconnectBannerWidget()  # saved accounts whose key is not on this computer
        bb.addWidget(self.reconnect)
        self.offline_banner = OfflineBannerWidget()
        bb.addWidget(self.offline_banner)
        rv.addWidget(banner_box)
        self.stack = QStackedWidget()
        rv.addWidget(self.stack, 1)
        outer.addWidget(right, 1)
        self.setCentralWidget(central)

        self.inbox = InboxView(self.ctx)
        # Only the inbox is built now; every other view when first shown or reached by a link (see ``view``).
        self._factories: dict[str, Callable[[AppContext], QWidget]] = dict(FACTORIES)
        for key in ("inbox", "leads", "bookings", "properties", "calendar", "automations", "settings"):
            view = self.inbox if key == "inbox" else QWidget()  # a placeholder until built
            self._views[key] = view
            self.stack.addWidget(view)

        self.sidebar.selectionModel().currentChanged.connect(self._on_sidebar)
        self.inbox.openBookingRequested.connect(self.open_booking)
        self.inbox.readStateChanged.connect(self._schedule_badges)
        self.reconnect.reconnectRequested.connect(self.open_connect)

    # The welcome page and quick search are built when first asked for: neither is in the first frame of a
    # profile with accounts, and their modules and widgets would only delay it.
    @functools.cached_property
    def welcome(self) -> WelcomeView:
        from colivingdesk.ui.views.welcome_view import WelcomeView

        view = WelcomeView(secrets=self.ctx.secrets)
        self.stack.addWidget(view)
        view.connectRequested.connect(self.open_connect)
        return view

    @functools.cached_property
    def search_popup(self) -> QuickSearchPopup:
        from colivingdesk.ui.dialogs.quick_search import QuickSearchPopup

        popup = QuickSearchPopup(self.ctx.open_reader or self.ctx.profile.database, self)
        popup.hitChosen.connect(self.open_hit)
        return popup

    def view(self, key: str) -> QWidget:
        """The view for sidebar ``key``, built (and its splitters restored) the first time it is asked for."""
        factory = self._factories.pop(key, None)
        if factory is None:
            return self._views[key]
        placeholder = self._views[key]
        view = factory(self.ctx)
        index = self.stack.indexOf(placeholder)
        self.stack.insertWidget(index, view)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._views[key] = view
        if key == "leads":
            view.attentionChanged.connect(self._schedule_badges)  # type: ignore[attr-defined]
            view.openThreadRequested.connect(self.open_lead_thread)  # type: ignore[attr-defined]
        elif key == "bookings":
            view.openThreadRequested.connect(self.open_thread)  # type: ignore[attr-defined]
        restore_splitters(view)
        return view

    @property
    def leads(self) -> LeadsView:
        return self.view("leads")  # type: ignore[return-value]

    @property
    def bookings(self) -> BookingsView:
        return self.view("bookings")  # type: ignore[return-value]

    @property
    def properties(self) -> QWidget:
        return self.view("properties")

    @property
    def calendar(self) -> CalendarView:
        return self.view("calendar")  # type: ignore[return-value]

    @property
    def settings(self) -> QWidget:
        return self.view("settings")

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Settings restarts a saved webhook receiver: then it is built once the window is on screen, after
            # the Service exists (its account boxes read the Service's status) and after the Service's start.
            if settings_at_start(self.ctx):
                self.ctx.when_service(
                    lambda: QTimer.singleShot(SETTINGS_AFTER_SERVICE_MS, self, lambda: self.view("settings"))
                )
            # PySide builds the Python side of QWidget (some sixty enums) the first time Qt hands it a widget Qt
            # made itself, such as a list's viewport: 20-40 ms, once per process. Done now, while the window
            # waits for its Service, rather than when the first sync's changes repaint the inbox.
            QTimer.singleShot(0, self, self.inbox.thread_list.viewport)
            self.firstPainted.emit()

    def _build_status_bar(self) -> None:
        if self.ctx.demo is not None:
            demo = QLabel(self.tr("Demo mode"))
            demo.setObjectName("demoIndicator")
            demo.setStyleSheet("QLabel#demoIndicator { font-weight: bold; padding: 0 6px; }")
            demo.setToolTip(self.tr(
                "Sample data on a practice server: nothing you do here reaches a real channel.\n"
                "Practice server back office: {url}"
            ).format(url=self.ctx.demo.admin_url))
            self.statusBar().addWidget(demo)
        self.account_status = AccountStatusWidget()
        self.team_status = install_team_status(self.statusBar(), self.ctx, self.offline_banner, self.account_status)
        self.statusBar().addPermanentWidget(self.account_status)
        self.statusBar().setSizeGripEnabled(True)

    def _build_shortcuts(self) -> None:
        for number, key in enumerate(self.sidebar_model.keys(), start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda k=key: self.show_view(k))
            label = self.sidebar_model.index(number - 1).data()
            shortcut.setWhatsThis(self.tr("Open {section}").format(section=label))
        # The popup is built on first use (a property), hence the lambdas.
        search = QShortcut(QKeySequence("Ctrl+K"), self)
        search.activated.connect(lambda: self.search_popup.popup())
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(lambda: self.search_popup.popup())
        for quick in (search, find):
            quick.setWhatsThis(self.tr("Search everything (guests, messages, bookings, listings)"))
        self.sync_action = QAction(self.tr("Sync now"), self)
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sync_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.sync_action.triggered.connect(self.sync_now)
        self.addAction(self.sync_action)
        # Quitting asks first when writes are still waiting in the outbox (see ``QuitGuard``).
        # On a team database the team's worker sends what waits, whether this window runs or not: nothing to ask.
        team = self.ctx.team_label is not None
        self.quit_guard = QuitGuard(
            self, lambda: [] if team else self.ctx.reader.list_outbox(ASKED_STATES), self.close,
            # The demo hands its sandbox's keys over at every start.
            lambda channel: self.ctx.demo is not None or self.ctx.secrets.kept_after_quit(channel.value, "api_key"),
        )
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.quit_action.triggered.connect(self.quit_guard.request)
        self.addAction(self.quit_action)
        self._build_help_menu()

    def _build_help_menu(self) -> None:
        """Help → Keyboard shortcuts (F1; Ctrl+/ is the composer's saved replies): the list is read from the
        shortcuts registered in the window."""
        self.shortcuts_action = QAction(self.tr("Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.shortcuts_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        self.addAction(self.shortcuts_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        self.shortcuts_dialog: ShortcutsDialog | None = None

    def _where(self, owner: QObject | None) -> str:
        """The section a shortcut's owner sits in (empty: the whole window)."""
        widget = owner
        while widget is not None and widget is not self:
            for key, view in self._views.items():
                if widget is view:
                    return str(self.sidebar_model.index(self.sidebar_model.row_of(key)).data())
            widget = widget.parent()
        return ""

    def open_shortcuts(self) -> ShortcutsDialog:
        """Build every view first, so the shortcuts of views not visited yet are listed too."""
        from colivingdesk.ui.dialogs.shortcuts_dialog import ShortcutsDialog, collect_shortcuts

        for key in list(self._factories):
            self.view(key)
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.deleteLater()
        self.shortcuts_dialog = ShortcutsDialog(collect_shortcuts(self, self._where), self)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()
        self.shortcuts_dialog.activateWindow()
        return self.shortcuts_dialog

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
        menu.addAction(self.tr("Show window"), self._raise)
        menu.addAction(self.sync_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
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
        view = self.view(key)
        self.stack.setCurrentWidget(view)
        self._focus_into(view)

    def _focus_into(self, view: QWidget) -> None:
        """Put the keyboard in the view just opened (Ctrl+1…7, a link): otherwise it stays on a control of the
        view left behind, now hidden, and the next Tab starts from nowhere. The inbox starts on its list of
        conversations once one is open (arrows read them), every view otherwise on its first control (a search
        field); a link that wants another place (a lead's Reply: the composer) sets it after this."""
        if not self.isVisible():
            # Nothing takes the keyboard before the window is shown (no control is visible yet), and walking
            # the focus chain would make PySide6 load every widget type before the first paint.
            return
        if view is self.inbox and self.inbox.thread_list.currentIndex().isValid():
            # Only onto a list with a current conversation: focus makes Qt open the first one otherwise,
            # marking it read without the user asking.
            self.inbox.thread_list.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        widget = view.nextInFocusChain()
        while widget is not None and widget is not view:
            if view.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() and (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ) and not isinstance(widget, QScrollArea):  # a page's scroller is no control
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def _on_sidebar(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KeyRole) if current.isValid() else None
        if key in self._views:
            self.stack.setCurrentWidget(self.view(str(key)))

    def open_thread(self, key: str) -> None:
        self.show_view("inbox")
        if not self.inbox.open_thread(key):
            self.notifier.show(UserMessage(
                self.tr("No conversation yet"), self.tr("There are no messages for this booking in the cache yet."),
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
        self._focus_selected_row(self.bookings.table)

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
            self._focus_selected_row(self.leads.table)
        elif hit.kind == "booking":
            self.open_booking(hit.id)
        elif hit.kind == "property":
            self.show_view("properties")
            select = getattr(self.properties, "select", None)
            if callable(select):
                select(hit.id)
            table = getattr(self.properties, "table", None)
            if isinstance(table, QAbstractItemView):
                self._focus_selected_row(table)

    @staticmethod
    def _focus_selected_row(table: QAbstractItemView) -> None:
        """A record opened from search or a link: the keyboard goes to its row (not the view's search field),
        so Enter opens it and the arrows move on from it."""
        if table.selectionModel().hasSelection():
            table.setFocus(Qt.FocusReason.OtherFocusReason)

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
        """Read the counts now, on this thread (the first frame's badges; later ones come from ``attention``)."""
        self.attention.read_now()

    def _show_counts(
        self, before: AttentionCounts | None, counts: AttentionCounts, changes: list[tuple[ChangeSet, bool]]
    ) -> None:
        """Badges and title from ``counts``; then the news in ``changes``, measured against ``before``."""
        self.sidebar_model.set_badge("inbox", counts.unread_threads)
        self.sidebar_model.set_pending("inbox", counts.unsent_replies)
        self.sidebar_model.set_badge("leads", counts.new_leads)
        self.sidebar_model.set_badge("properties", counts.rejected_properties)
        self._last_counts = counts
        title = self.tr("Colivingdesk (demo)") if self.ctx.demo else "Colivingdesk"
        unread = counts.unread_threads
        self.setWindowTitle(self.tr("({count}) {title}").format(count=unread, title=title) if unread else title)
        for number, (change_set, active) in enumerate(changes):
            # The first change set is measured against the counts shown before; the rest came with it.
            self._notify(change_set, before if number == 0 else counts, active=active)

    def statuses(self) -> dict[Channel, AccountStatus]:
        """Each account's status; none before the Service is built (nothing is known yet, and asking would
        build it on the UI thread before the first paint)."""
        result: dict[Channel, AccountStatus] = {}
        if not self.ctx.has_service:
            return result
        for channel in Channel:
            try:
                result[channel] = self.ctx.service.status(channel)
            except Exception:  # a status read must never take the window down
                log.debug("status unavailable for %s", channel, exc_info=True)
        return result

    def refresh_status(self) -> None:
        statuses = self.statuses()
        if self.ctx.has_service and self.statusBar().currentMessage() == self._starting_text:
            self.statusBar().clearMessage()
        self.account_status.update_status(statuses)
        if self._saved_channels is None:  # read again only when accounts change (see ``_on_changes``)
            self._saved_channels = [a.channel for a in self.ctx.reader.list_accounts()]
        self.reconnect.update_accounts(self._saved_channels, statuses)
        self.offline_banner.update_status(statuses)
        self.announcer.on_status(statuses)
        rejected = any(s.state == "key_rejected" for s in statuses.values())
        self.sidebar_model.set_badge("settings", 0, alert=rejected)

    def _on_changes(self, changes: ChangeSet) -> None:
        self.announcer.on_changes(changes)
        if changes.get_ids("accounts"):
            self._saved_channels = None
        if changes.get_ids("status") or changes.get_ids("accounts"):
            self.refresh_status()
        active = self.isActiveWindow()
        # Desktop notifications are for what arrived while the operator looked elsewhere; in-window ones
        # (no tray) are the only place news shows, so they come while the window is in use too.
        notify = self.in_window is not None or not active
        if any(kind != "status" for kind in changes):  # progress alone changes no count: no queries per page
            # The news is told once the counts after these changes are read (``_show_counts``).
            self.attention.request(changes if notify else None, active=active)
        elif notify:
            self._notify(changes, self._last_counts, active=active)

    def set_busy(self, busy: bool) -> None:
        self.sync_action.setEnabled(not busy)

    @async_slot()
    async def sync_now(self) -> None:
        if self.ctx.team_label is not None:
            raise TeamModeRefused(self.ctx.team_label)  # said before "Syncing…", which would not be true
        self.statusBar().showMessage(self.tr("Syncing both channels…"))
        report = await self.ctx.service.sync_once()
        self.refresh_status()
        if report.ok:
            changed = sum(report.changed.values())
            text = self.tr("Synced: %n updates.", "", changed) if changed else self.tr("Synced: no changes.")
            self.statusBar().showMessage(text, 5000)
        else:
            self.statusBar().clearMessage()
            # In words per channel; an offline channel is already on the offline banner.
            problems = [
                m for c in Channel if c.value in report.errors
                and (m := sync_problem(c, self.ctx.service.status(c))) is not None
            ]
            if len(problems) == 1:
                self.notifier.show(problems[0])
            elif problems:
                self.notifier.show(UserMessage(
                    self.tr("Some updates could not be fetched"), " ".join(m.text for m in problems),
                    level=Level.WARNING,
                ))

    # ------------------------------------------------------------------ persistence
    def _restore(self, show_welcome: bool | None) -> None:
        last = restore_window(self)
        if show_welcome is None and not self.ctx.has_service:  # no status yet: the saved accounts decide
            show_welcome = not self.ctx.reader.list_accounts()
        elif show_welcome is None:
            show_welcome = not any(s.state != "not_configured" for s in self.statuses().values())
        self.show_view("welcome" if show_welcome else (last if last in self._views else "inbox"))
        if not show_welcome and not self.ctx.has_service:
            self.statusBar().showMessage(self._starting_text)

    def save_state(self) -> None:
        key = self.current_view_key()
        save_window(self, key if key in self._views else None)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.inbox.flush_drafts()
        self.inbox.team.leave_all()
        self.save_state()
        self._status_timer.stop()
        self._badge_timer.stop()
        self._unsubscribe()
        if self.tray is not None:
            self.tray.hide()
        super().closeEvent(event)
        self.closed.emit()
